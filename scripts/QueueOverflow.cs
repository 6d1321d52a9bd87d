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
    /// A queue-overflow router. The route point answers, plays WELCOME over music on hold and rings
    /// every logged-in agent of property AGENTS ("101,102") at once, for RING_SECONDS (default 20).
    /// The first agent to answer gets the caller; the others stop ringing. Between rounds the caller
    /// hears QUEUEPOS. After MAX_ROUNDS rounds (default 2) without an answer, or when no agent is
    /// logged in, the call overflows to property OVERFLOW (default: the operator) by the default route.
    /// </summary>
    public class QueueOverflow : ScriptBase<QueueOverflow>
    {
        int Setting(string name, int fallback)
        {
            return int.TryParse(MyCall.DN.GetPropertyValue(name), out int v) && v > 0 ? v : fallback;
        }

        List<Extension> LoggedInAgents()
        {
            return (MyCall.DN.GetPropertyValue("AGENTS") ?? "")
                .Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(n => MyCall.PS.GetDNByNumber(n.Trim()) as Extension)
                .Where(e => e != null && e.IsRegistered && e.QueueStatus == QueueStatusType.LoggedIn)
                .ToList();
        }

        // Ring one agent; a failure is a result too (the others may still answer).
        async Task<CallControlResult> Ring(Extension agent, TimeSpan timeout)
        {
            try
            {
                return await MyCall.RouteToAsync(new RouteRequest { RouteTarget = new DestinationStruct(agent), TimeOut = timeout });
            }
            catch (OperationFailed ex)
            {
                return ex.TheResult;
            }
        }

        public override async void Start()
        {
            await Task.Run(async () =>
            {
                string overflow = MyCall.DN.GetPropertyValue("OVERFLOW") ?? MyCall.PS.GetParameterValue("OPERATOR");
                MyCall.SetDefaultRoute(overflow, "Overflow");
                TimeSpan ringFor = TimeSpan.FromSeconds(Setting("RING_SECONDS", 20));
                int rounds = Setting("MAX_ROUNDS", 2);
                try
                {
                    if (!await MyCall.AssureMedia())
                    {
                        MyCall.Return(false);
                        return;
                    }
                    MyCall.SetBackgroundAudio(true, new[] { MyCall.PS.GetParameterValue("MUSICONHOLDFILE") });
                    await MyCall.PlayPrompt(null, new[] { "WELCOME" }, PlayPromptOptions.None);
                    for (int round = 1; round <= rounds; round++)
                    {
                        List<Extension> agents = LoggedInAgents();
                        if (agents.Count == 0)
                        {
                            MyCall.Warn("No agent of {0} is logged in", MyCall.DN);
                            break;
                        }
                        MyCall.Info("Round {0}/{1}: ringing {2} for {3}s", round, rounds,
                            string.Join(", ", agents.Select(a => a.Number)), ringFor.TotalSeconds);
                        CallControlResult[] results = await Task.WhenAll(agents.Select(a => Ring(a, ringFor)).ToArray());
                        CallControlResult answered = results.FirstOrDefault(r => r.Success);
                        if (answered != null)
                        {
                            MyCall.Info("Answered: {0}", answered);
                            MyCall.Return(true);
                            return;
                        }
                        MyCall.Trace("Round {0} failed: {1}", round, string.Join(", ", results.Select(r => r.ToString())));
                        if (MyCall.MediaCancellation.IsCancellationRequested)
                        {
                            MyCall.Info("{0} hung up while waiting", MyCall.Caller.CallerID);
                            MyCall.Return(false);
                            return;
                        }
                        if (round < rounds)
                            await MyCall.PlayPrompt(null, new[] { "QUEUEPOS" }, PlayPromptOptions.None);
                    }
                    MyCall.Info("Overflow of {0} to {1}", MyCall.Caller.CallerID, overflow);
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
