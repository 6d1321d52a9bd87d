// checks: route-point style: a ScriptBase-like class with async void Start, a fake call with Return(bool), event subscriptions and detach on return
using System;
using System.Threading.Tasks;

class FakeCall
{
    public string CallerID = "+4930123";
    public event Action OnTerminated;
    public TaskCompletionSource<bool> Result = new TaskCompletionSource<bool>();
    public void Return(bool ok) { Console.WriteLine("Return(" + ok + ")"); Result.TrySetResult(ok); }
    public Task<bool> AssureMedia() { Console.WriteLine("AssureMedia"); return Task.FromResult(true); }
    public void Hangup() { OnTerminated?.Invoke(); }
    public bool HasSubscribers => OnTerminated != null;
}

abstract class ScriptBase<T> where T : ScriptBase<T>
{
    public FakeCall MyCall;
    public readonly TaskCompletionSource<bool> Finished = new TaskCompletionSource<bool>();
    public abstract void Start();
}

class MyRoutePoint : ScriptBase<MyRoutePoint>
{
    void Terminated() { Console.WriteLine("caller hung up"); }

    public override async void Start()
    {
        MyCall.OnTerminated += Terminated;
        try
        {
            await Task.Run(async () =>
            {
                if (!await MyCall.AssureMedia()) { MyCall.Return(false); return; }
                await Task.Delay(10);
                Console.WriteLine("caller " + MyCall.CallerID + " handled");
                MyCall.Return(true);
            });
        }
        finally { MyCall.OnTerminated -= Terminated; Finished.SetResult(true); }
    }
}

class Program
{
    static async Task MainAsync()
    {
        var call = new FakeCall();
        var script = new MyRoutePoint { MyCall = call };
        script.Start();
        bool subscribed = call.HasSubscribers;
        bool result = await call.Result.Task;
        await script.Finished.Task;
        Console.WriteLine("subscribed while running: " + subscribed);
        Console.WriteLine("script result: " + result);
        Console.WriteLine("subscribed after return: " + call.HasSubscribers);
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
