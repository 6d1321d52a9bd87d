// checks: async lambdas subscribed to events run synchronously until their first await (here a gate); completion observed through a TaskCompletionSource
using System;
using System.Threading.Tasks;

class Call
{
    public event Action<char> OnDTMFInput;
    public void Press(char c) => OnDTMFInput?.Invoke(c);
}

class Program
{
    static async Task MainAsync()
    {
        var call = new Call();
        var done = new TaskCompletionSource<string>();
        var gate = new TaskCompletionSource<bool>();
        string digits = "";
        call.OnDTMFInput += async c =>
        {
            digits += c;
            if (c != '#') return;
            await gate.Task;
            done.TrySetResult(digits.TrimEnd('#'));
        };
        call.Press('4');
        call.Press('2');
        Console.WriteLine("collected so far: " + digits);
        call.Press('#');
        Console.WriteLine("after #: " + done.Task.IsCompleted);
        gate.SetResult(true);
        Console.WriteLine("result " + await done.Task);
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
