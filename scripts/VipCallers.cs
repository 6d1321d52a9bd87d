#nullable disable
using CallFlow;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TCX.Configuration;
using TCX.PBXAPI;

namespace dummy
{
    /// <summary>
    /// A VIP caller list kept in a system parameter. Parameter VIP_CALLERS maps caller numbers to
    /// their personal agent: "+4930111111=102; 004930222222=103" (spaces ignored, 00 read as +).
    /// A VIP's call is diverted, still ringing, to their agent; when the agent cannot take it (busy,
    /// not registered) the VIP goes to property VIP_FALLBACK. Everyone else takes the default route,
    /// property NORMAL (for instance the queue-overflow route point), else the operator.
    /// </summary>
    public class VipCallers : ScriptBase<VipCallers>
    {
        static string Normalize(string number)
        {
            string n = new string((number ?? "").Where(c => char.IsDigit(c) || c == '+').ToArray());
            return n.StartsWith("00") ? "+" + n.Substring(2) : n;
        }

        Dictionary<string, string> VipList()
        {
            var list = new Dictionary<string, string>();
            foreach (string entry in (MyCall.PS.GetParameterValue("VIP_CALLERS") ?? "").Split(';'))
            {
                string[] kv = entry.Split('=');
                if (kv.Length != 2)
                {
                    if (entry.Trim().Length > 0)
                        MyCall.Warn("VIP_CALLERS: ignoring '{0}' (want number=agent)", entry.Trim());
                    continue;
                }
                list[Normalize(kv[0])] = kv[1].Trim();
            }
            return list;
        }

        public override async void Start()
        {
            await Task.Run(async () =>
            {
                MyCall.SetDefaultRoute(MyCall.DN.GetPropertyValue("NORMAL") ?? MyCall.PS.GetParameterValue("OPERATOR"), "Normal");
                string caller = Normalize(MyCall.Caller.CallerID);
                Dictionary<string, string> vips = VipList();
                MyCall.Trace("{0} VIP(s) on the list; caller {1}", vips.Count, caller);
                if (!vips.TryGetValue(caller, out string agent))
                {
                    MyCall.Info("{0} is not a VIP: default route", caller);
                    MyCall.Return(false);
                    return;
                }
                MyCall.AttachCallerData(new Dictionary<string, string> { ["public_vip"] = "yes" }, null);
                DN target = MyCall.PS.GetDNByNumber(agent);
                string fallback = MyCall.DN.GetPropertyValue("VIP_FALLBACK") ?? MyCall.PS.GetParameterValue("OPERATOR");
                try
                {
                    if (target == null)
                        throw new InvalidOperationException($"the agent {agent} of {caller} does not exist");
                    CallControlResult r = await MyCall.DivertAsync(new DestinationStruct(target), DivertReason.BasedOnCallerID);
                    MyCall.Info("VIP {0} diverted to {1}: {2}", caller, target, r);
                    MyCall.Return(true);
                }
                catch (OperationFailed ex)
                {
                    MyCall.Warn("VIP {0}: {1} cannot take the call ({2}), trying {3}", caller, target, ex.TheResult.Reason, fallback);
                    try
                    {
                        await MyCall.DivertAsync(fallback);
                        MyCall.Return(true);
                    }
                    catch (Exception again)
                    {
                        MyCall.Error("VIP fallback failed: {0}", again.Message);
                        MyCall.Return(false);
                    }
                }
                catch (Exception ex)
                {
                    MyCall.Error("VIP routing failed: {0}", ex.Message);
                    MyCall.SetDefaultRoute(fallback, "VIP fallback");
                    MyCall.Return(false);
                }
            });
        }
    }
}
