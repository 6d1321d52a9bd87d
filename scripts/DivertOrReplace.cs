#nullable disable
using CallFlow;
using System;
using System.Threading.Tasks;
using TCX.Configuration;
using TCX.PBXAPI;

namespace dummy
{
    /// <summary>
    /// DivertAsync while ringing versus ReplaceWithAsync once answered.
    /// Internal callers need no greeting: their call is diverted while it still rings, so they hear
    /// ringing all along and the route point never answers. External callers are answered, hear
    /// the welcome prompt and are then blind-transferred (held while the target rings). Both go to
    /// the route point's property TARGET. A failed divert leaves the call ringing here, so the
    /// script can still answer; a failed transfer leaves the caller connected, who hears BUSY and
    /// takes the default route (the operator).
    /// </summary>
    public class DivertOrReplace : ScriptBase<DivertOrReplace>
    {
        public override async void Start()
        {
            await Task.Run(async () =>
            {
                string target = MyCall.DN.GetPropertyValue("TARGET");
                string operatorNumber = MyCall.PS.GetParameterValue("OPERATOR");
                if (!string.IsNullOrEmpty(operatorNumber))
                    MyCall.SetDefaultRoute(operatorNumber, "Operator");
                try
                {
                    if (MyCall.Caller.DN is Extension)
                    {
                        try
                        {
                            CallControlResult diverted = await MyCall.DivertAsync(target);
                            MyCall.Info("Internal call diverted while ringing: {0}", diverted);
                            MyCall.Return(true);
                            return;
                        }
                        catch (OperationFailed ex)
                        {
                            MyCall.Warn("Divert failed ({0}), answering instead", ex.TheResult);
                        }
                    }
                    if (!await MyCall.AssureMedia())
                    {
                        MyCall.Return(false);
                        return;
                    }
                    await MyCall.PlayPrompt(null, new[] { "WELCOME" }, PlayPromptOptions.Blocked);
                    CallControlResult replaced = await MyCall.ReplaceWithAsync(target);
                    MyCall.Info("Answered call replaced with {0}: {1}", target, replaced);
                    MyCall.Return(true);
                }
                catch (OperationFailed ex)
                {
                    MyCall.Warn("Transfer failed: {0}", ex.TheResult);
                    await MyCall.PlayPrompt(null, new[] { "BUSY" }, PlayPromptOptions.Blocked);
                    MyCall.Return(false);
                }
                catch (Exception ex)
                {
                    MyCall.Exception(ex);
                    MyCall.Return(false);
                }
            });
        }
    }
}
