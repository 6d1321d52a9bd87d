// checks: route-point style IVR: DTMF digits from an event feed a TaskCompletionSource<char>; menu choices mapped with a switch; invalid keys retried up to 3 times
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Call
{
    public event Action<char> OnDTMFInput;
    readonly Queue<char> script;
    public Call(string keys) { script = new Queue<char>(keys); }
    public void PlayPrompt(string prompt)
    {
        Console.WriteLine("  play " + prompt);
        if (script.Count > 0) OnDTMFInput?.Invoke(script.Dequeue());
    }
}

class Program
{
    static async Task<char?> GetKey(Call call, string prompt)
    {
        var tcs = new TaskCompletionSource<char?>();
        Action<char> h = c => tcs.TrySetResult(c);
        call.OnDTMFInput += h;
        call.PlayPrompt(prompt);
        var done = await Task.WhenAny(tcs.Task, Task.Delay(20));
        call.OnDTMFInput -= h;
        return done == tcs.Task ? tcs.Task.Result : null;
    }

    static async Task<string> Menu(Call call)
    {
        for (int attempt = 1; attempt <= 3; attempt++)
        {
            var key = await GetKey(call, attempt == 1 ? "MAINMENU" : "INVALID_MAINMENU");
            switch (key)
            {
                case '1': return "sales";
                case '2': return "support";
                case '0': return "operator";
                case null: Console.WriteLine("  no input"); break;
                default: Console.WriteLine("  invalid key " + key); break;
            }
        }
        return "voicemail";
    }

    static async Task MainAsync()
    {
        foreach (var keys in new[] { "2", "91", "x0", "777", "" })
            Console.WriteLine("keys '" + keys + "' -> " + await Menu(new Call(keys)));
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
