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
    /// An out-of-hours voicemail divert. During the tenant's office hours (parameter OFFICEHOURS,
    /// in the tenant's time zone, parameter TIMEZONEID) and outside its break time (BREAKTIME) the
    /// ringing call is diverted to property TEAM. Otherwise (closed, break, holiday) the call is
    /// handed with SwitchTo to the voicemail route point of property VOICEMAIL, with the mailbox
    /// (property MAILBOX) and the reason attached to the call.
    /// </summary>
    public class OutOfHoursVoicemail : ScriptBase<OutOfHoursVoicemail>
    {
        public override async void Start()
        {
            await Task.Run(async () =>
            {
                MyCall.SetDefaultRoute(MyCall.PS.GetParameterValue("OPERATOR"), "Operator");
                try
                {
                    Tenant tenant = MyCall.PS.GetTenant();
                    TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(tenant.TimeZoneId);
                    DateTime local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, zone);
                    string closed = tenant.IsHoliday(local) ? "holiday"
                                  : tenant.BreakTime.IsActiveTime(local) ? "break"
                                  : !tenant.OfficeHours.IsActiveTime(local) ? "closed"
                                  : null;
                    MyCall.Info("{0:ddd HH:mm} in {1}: {2}", local, tenant.TimeZoneId, closed ?? "open");
                    if (closed == null)
                    {
                        DN team = MyCall.PS.GetDNByNumber(MyCall.DN.GetPropertyValue("TEAM") ?? "");
                        CallControlResult r = await MyCall.DivertAsync(new DestinationStruct(team), DivertReason.OfficeHours);
                        MyCall.Info("Diverted to the team: {0}", r);
                        MyCall.Return(true);
                        return;
                    }
                    string voicemail = MyCall.DN.GetPropertyValue("VOICEMAIL");
                    MyCall.AttachCallerData(new Dictionary<string, string>
                    {
                        ["public_mailbox"] = MyCall.DN.GetPropertyValue("MAILBOX") ?? "",
                        ["public_reason"] = closed,
                    }, null);
                    MyCall.SwitchTo(voicemail);
                    MyCall.Trace("Handed to {0}: {1}", voicemail, ExecutionMode);
                    MyCall.Return(true);
                }
                catch (OperationFailed ex)
                {
                    MyCall.Warn("The team cannot take the call: {0}", ex.TheResult);
                    MyCall.Return(false);
                }
                catch (Exception ex)
                {
                    MyCall.Error("Out-of-hours routing failed: {0}", ex.Message);
                    MyCall.Return(false);
                }
            });
        }
    }
}
