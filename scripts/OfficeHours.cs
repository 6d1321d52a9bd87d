#nullable disable
using CallFlow;
using System;
using System.Threading.Tasks;
using TCX.Configuration;
using TCX.PBXAPI;

namespace dummy
{
    /// <summary>
    /// Use case "check time and date and process a call accordingly".
    /// Office hours are Monday to Friday 08:30-17:00 in the route point's time zone (property
    /// TIMEZONE, a Windows or IANA id, default "W. Europe Standard Time"); Friday closes at 15:00.
    /// Holidays come from the tenant's holiday list. Open: the ringing call is diverted to the
    /// team (property OPEN_DESTINATION). Closed: the caller hears why (prompt CLOSED, WEEKEND or
    /// HOLIDAY, then BYE) and the call ends.
    /// </summary>
    public class OfficeHours : ScriptBase<OfficeHours>
    {
        static readonly TimeSpan Opens = new TimeSpan(8, 30, 0);
        static readonly TimeSpan Closes = new TimeSpan(17, 0, 0);
        static readonly TimeSpan ClosesFriday = new TimeSpan(15, 0, 0);

        enum Verdict { Open, Closed, Weekend, Holiday }

        Verdict Decide(DateTime local, Tenant tenant)
        {
            if (tenant.IsHoliday(local))
                return Verdict.Holiday;
            switch (local.DayOfWeek)
            {
                case DayOfWeek.Saturday:
                case DayOfWeek.Sunday:
                    return Verdict.Weekend;
                case DayOfWeek.Friday:
                    return local.TimeOfDay >= Opens && local.TimeOfDay < ClosesFriday ? Verdict.Open : Verdict.Closed;
                default:
                    return local.TimeOfDay >= Opens && local.TimeOfDay < Closes ? Verdict.Open : Verdict.Closed;
            }
        }

        public override async void Start()
        {
            await Task.Run(async () =>
            {
                try
                {
                    string zoneId = MyCall.DN.GetPropertyValue("TIMEZONE") ?? "W. Europe Standard Time";
                    TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
                    DateTime local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, zone);
                    Verdict verdict = Decide(local, MyCall.PS.GetTenant());
                    MyCall.Info("{0:yyyy-MM-dd HH:mm} {1} ({2}): {3}", local, local.DayOfWeek, zoneId, verdict);

                    if (verdict == Verdict.Open)
                    {
                        DN team = MyCall.PS.GetDNByNumber(MyCall.DN.GetPropertyValue("OPEN_DESTINATION") ?? "");
                        if (team == null)
                        {
                            MyCall.Error("OPEN_DESTINATION is not a valid number");
                            MyCall.Return(false);
                            return;
                        }
                        CallControlResult result = await MyCall.DivertAsync(new DestinationStruct(team), DivertReason.OfficeHours);
                        MyCall.Info("Diverted to {0}: {1}", team, result);
                        MyCall.Return(true);
                        return;
                    }

                    string reason = verdict == Verdict.Holiday ? "HOLIDAY" : verdict == Verdict.Weekend ? "WEEKEND" : "CLOSED";
                    if (await MyCall.AssureMedia())
                    {
                        await MyCall.PlayPrompt(null, new[] { reason, "BYE" }, PlayPromptOptions.Blocked);
                        MyCall.Trace("Closed message {0} played", reason);
                    }
                    MyCall.Terminate();
                    MyCall.Return(true);
                }
                catch (OperationFailed ex)
                {
                    MyCall.Warn("Divert failed: {0}", ex.TheResult);
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
