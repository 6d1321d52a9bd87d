#nullable disable
using CallFlow;
using System;
using System.Threading.Tasks;
using TCX.Configuration;
using TCX.PBXAPI;

namespace dummy
{
    /// <summary>
    /// A faulty route point for the isolation scenario: it answers every call, but throws for
    /// calls from 102 (an exception nobody catches in an async void Start).
    /// </summary>
    public class Faulty : ScriptBase<Faulty>
    {
        public override async void Start()
        {
            MyCall.SetDefaultRoute(MyCall.PS.GetParameterValue("OPERATOR"), "Operator");
            await MyCall.AssureMedia();
            if (MyCall.Caller.CallerID == "102")
                throw new InvalidOperationException("no service for 102");
            await Task.Delay(TimeSpan.FromSeconds(30));
            MyCall.Info("done with {0}", MyCall.Caller.CallerID);
            MyCall.Return(true);
        }
    }
}
