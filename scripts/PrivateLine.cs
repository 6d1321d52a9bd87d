#nullable disable
using CallFlow;
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using TCX.Configuration;
using TCX.PBXAPI;

namespace dummy
{
    /// <summary>
    /// A private line that reuses another route point's script: it answers and runs the PIN check
    /// route point (property PIN_CHECK) as a child with MyCall.Call, passing whose PIN to ask for
    /// (property OWNER). While the child runs this script is Passive. With the right PIN the caller
    /// is transferred to the owner; otherwise the caller hears BYE and the call ends.
    /// </summary>
    public class PrivateLine : ScriptBase<PrivateLine>
    {
        public override void OnExecutionModeChanged(ScriptExecutionMode previous)
        {
            MyCall.Trace("Mode {0} -> {1}", previous, ExecutionMode);
        }

        public override async void Start()
        {
            await Task.Run(async () =>
            {
                string owner = MyCall.DN.GetPropertyValue("OWNER");
                try
                {
                    if (!await MyCall.AssureMedia())
                    {
                        MyCall.Return(false);
                        return;
                    }
                    bool ok = await MyCall.Call(MyCall.DN.GetPropertyValue("PIN_CHECK"), new Dictionary<string, string> { { "public_pin_of", owner } });
                    MyCall.Info("PIN check for {0}: {1}", owner, ok);
                    if (ok)
                    {
                        CallControlResult r = await MyCall.ReplaceWithAsync(owner);
                        MyCall.Info("Transferred: {0}", r);
                        MyCall.Return(true);
                        return;
                    }
                    await MyCall.PlayPrompt(null, new[] { "BYE" }, PlayPromptOptions.Blocked);
                    MyCall.Terminate();
                    MyCall.Return(true);
                }
                catch (Exception ex)
                {
                    MyCall.Error("Private line failed: {0}", ex.Message);
                    MyCall.Return(false);
                }
            });
        }
    }
}
