#nullable disable
using CallFlow;
using System;
using System.Threading;
using System.Threading.Tasks;
using TCX.Configuration;
using TCX.PBXAPI;

namespace dummy
{
    /// <summary>
    /// A fragile route point for the isolation scenarios: every call is answered and, depending on
    /// the caller, the script fails in a place other than Start's own flow. 101: its OnTerminated
    /// handler throws. 102: its OnDTMFInput handler throws on '#'. 103: it awaits a
    /// TaskCompletionSource nobody completes. 104: it calls Return twice. 100: a Timer callback
    /// loops forever. Anyone else is served normally: 5 s of music, then Return(true).
    /// </summary>
    public class Fragile : ScriptBase<Fragile>
    {
        Timer timer;

        public override async void Start()
        {
            MyCall.SetDefaultRoute(MyCall.PS.GetParameterValue("OPERATOR"), "Operator");
            await MyCall.AssureMedia();
            string caller = MyCall.Caller.CallerID;
            MyCall.Info("serving {0}", caller);
            switch (caller)
            {
                case "101":
                    MyCall.OnTerminated += () => throw new InvalidOperationException("cleanup of " + caller + " failed");
                    break;
                case "102":
                    MyCall.OnDTMFInput += digit =>
                    {
                        if (digit == '#') throw new FormatException("no menu entry '#'");
                        MyCall.Info("menu {0}", digit);
                    };
                    break;
                case "103":
                    var never = new TaskCompletionSource<string>();
                    string answer = await never.Task;
                    break;
                case "104":
                    MyCall.Return(true);
                    MyCall.Return(false);
                    return;
                case "100":
                    long spins = 0;
                    timer = new Timer(_ => { while (true) spins++; }, null, 1000, Timeout.Infinite);
                    break;
            }
            MyCall.SetBackgroundAudio(true, new[] { MyCall.PS.GetParameterValue("MUSICONHOLDFILE") });
            await Task.Delay(TimeSpan.FromSeconds(5));
            MyCall.Info("done with {0}", caller);
            MyCall.Return(true);
        }
    }
}
