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
    /// Use case "analyze caller ID and assign specific agents".
    /// Known callers are routed to their account managers: every agent listed for the caller id
    /// is rung at once, the first to answer takes the call and the PBX cancels the other routes.
    /// When no agent answers within 20 seconds (all RouteToAsync tasks fail with OperationFailed),
    /// or the caller is unknown, the script returns false and the call takes the default route:
    /// the operator (system parameter OPERATOR).
    /// </summary>
    public class CallerIdToAgent : ScriptBase<CallerIdToAgent>
    {
        static readonly Dictionary<string, string[]> AgentsByCallerID = new Dictionary<string, string[]>
        {
            { "+4930111111", new[] { "101", "102" } },
            { "+4930222222", new[] { "103" } },
            { "+4930333333", new[] { "109", "103" } },
        };

        public override async void Start()
        {
            await Task.Run(async () =>
            {
                try
                {
                    string callerID = MyCall.Caller?.CallerID ?? "";
                    string operatorNumber = MyCall.PS.GetParameterValue("OPERATOR");
                    DN operatorDN = string.IsNullOrEmpty(operatorNumber) ? null : MyCall.PS.GetDNByNumber(operatorNumber);
                    if (operatorDN != null)
                        MyCall.SetDefaultRoute(new DestinationStruct(operatorDN), "Operator");

                    string[] agents;
                    if (!AgentsByCallerID.TryGetValue(callerID, out agents))
                    {
                        MyCall.Info("Caller {0} has no assigned agent: default route", callerID);
                        MyCall.Return(false);
                        return;
                    }
                    MyCall.Info("Caller {0} is served by {1}", callerID, string.Join(", ", agents));

                    var routes = new List<Task<CallControlResult>>();
                    foreach (var number in agents)
                    {
                        DN agent = MyCall.PS.GetDNByNumber(number);
                        if (agent == null)
                        {
                            MyCall.Warn("Agent {0} does not exist", number);
                            continue;
                        }
                        routes.Add(MyCall.RouteToAsync(new RouteRequest
                        {
                            RouteTarget = new DestinationStruct(agent),
                            TimeOut = TimeSpan.FromSeconds(20)
                        }));
                    }

                    while (routes.Count > 0)
                    {
                        Task<CallControlResult> finished = await Task.WhenAny(routes.ToArray());
                        routes.Remove(finished);
                        try
                        {
                            CallControlResult result = await finished;
                            MyCall.Info("Call from {0} taken: {1}", callerID, result);
                            MyCall.Return(true);
                            return;
                        }
                        catch (OperationFailed ex)
                        {
                            MyCall.Debug("Route failed: {0}", ex.TheResult);
                        }
                    }
                    MyCall.Info("No agent answered the call from {0}: default route", callerID);
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
