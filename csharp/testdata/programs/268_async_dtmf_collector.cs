// checks: route-point style DTMF collector: an event delivers digits, a TaskCompletionSource completes on '#' or max length, a timeout via Task.WhenAny
using System;
using System.Text;
using System.Threading.Tasks;

class FakeCall
{
    public event Action<char> OnDTMFInput;
    public void Press(string keys) { foreach (var k in keys) OnDTMFInput?.Invoke(k); }
}

class Program
{
    static async Task<string> Collect(FakeCall call, int maxDigits, Task timeout, Action feed)
    {
        var sb = new StringBuilder();
        var tcs = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        Action<char> handler = c =>
        {
            if (c == '#') { tcs.TrySetResult(sb.ToString()); return; }
            if (c == '*') { sb.Clear(); return; }
            sb.Append(c);
            if (sb.Length >= maxDigits) tcs.TrySetResult(sb.ToString());
        };
        call.OnDTMFInput += handler;
        try
        {
            feed();
            var first = await Task.WhenAny(tcs.Task, timeout);
            return first == tcs.Task ? tcs.Task.Result : "timeout(" + sb + ")";
        }
        finally { call.OnDTMFInput -= handler; }
    }

    static async Task MainAsync()
    {
        var call = new FakeCall();
        Console.WriteLine(await Collect(call, 4, Task.Delay(5000), () => call.Press("12#")));
        Console.WriteLine(await Collect(call, 4, Task.Delay(5000), () => call.Press("98765")));
        Console.WriteLine(await Collect(call, 4, Task.Delay(5000), () => call.Press("55*7#")));
        Console.WriteLine(await Collect(call, 4, Task.Delay(30), () => call.Press("1")));
        call.Press("999");
        Console.WriteLine("handlers removed");
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
