#nullable disable
using CallFlow;
using System;
using System.Linq;
using System.Threading.Tasks;
using TCX.Configuration;
using TCX.PBXAPI;

namespace dummy
{
    /// <summary>
    /// "Transfer to mobile, then fall back": the call, still ringing at the route point (the caller
    /// hears ringback), is offered in turn to each entry of property CHAIN ("101, +491511234567")
    /// for STEP_SECONDS each (default 15). An extension is rung directly; an outside number goes
    /// out through the trunk prefix (property OUTBOUND_PREFIX, default "0") and is shown the
    /// caller's number. The first to answer takes the call. When every step failed, the call takes
    /// the default route: property FALLBACK (a voicemail route point, say), else the operator.
    /// </summary>
    public class MobileFallback : ScriptBase<MobileFallback>
    {
        RouteRequest Step(string entry, TimeSpan timeout)
        {
            var request = new RouteRequest { TimeOut = timeout, Reason = DivertReason.NoAnswer };
            DN dn = MyCall.PS.GetDNByNumber(entry);
            if (dn != null)
            {
                request.RouteTarget = new DestinationStruct(dn);
                return request;
            }
            string prefix = MyCall.DN.GetPropertyValue("OUTBOUND_PREFIX") ?? "0";
            request.Destination = prefix + entry.TrimStart('+');
            request.CustomSource = $"\"{MyCall.Caller.CallerName}\" <{MyCall.Caller.CallerID}>";
            return request;
        }

        public override async void Start()
        {
            await Task.Run(async () =>
            {
                MyCall.SetDefaultRoute(MyCall.DN.GetPropertyValue("FALLBACK") ?? MyCall.PS.GetParameterValue("OPERATOR"), "Fallback");
                string[] chain = (MyCall.DN.GetPropertyValue("CHAIN") ?? "").Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
                var step = TimeSpan.FromSeconds(int.TryParse(MyCall.DN.GetPropertyValue("STEP_SECONDS"), out int secs) ? secs : 15);
                for (int i = 0; i < chain.Length; i++)
                {
                    RouteRequest request = Step(chain[i], step);
                    MyCall.Info("Step {0}/{1}: {2}", i + 1, chain.Length, request);
                    try
                    {
                        CallControlResult r = await MyCall.RouteToAsync(request);
                        MyCall.Info("Answered at step {0}: {1}", i + 1, r);
                        MyCall.Return(true);
                        return;
                    }
                    catch (OperationFailed ex) when (ex.TheResult.Reason != CallControlReason.ParentConnectionTerminated)
                    {
                        MyCall.Trace("Step {0} failed: {1}", i + 1, ex.TheResult);
                    }
                    catch (OperationFailed)
                    {
                        MyCall.Info("{0} hung up at step {1}", MyCall.Caller.CallerID, i + 1);
                        MyCall.Return(false);
                        return;
                    }
                }
                MyCall.Info("Nobody of {0} answered: fallback", string.Join(", ", chain));
                MyCall.Return(false);
            });
        }
    }
}
