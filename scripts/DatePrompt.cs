#nullable disable
using CallFlow;
using System;
using System.Threading.Tasks;
using TCX.Configuration;
using TCX.PBXAPI;

namespace dummy
{
    /// <summary>
    /// Use case "check date and play a prompt based on date".
    /// The caller is answered and hears a greeting chosen by the local date (Christmas, New Year,
    /// the company's anniversary on the date in property ANNIVERSARY "MM-dd", else the everyday
    /// greeting), with the music on hold under it, and is then blind-transferred to the operator.
    /// When the transfer fails the caller hears BUSY and the call takes the default route.
    /// </summary>
    public class DatePrompt : ScriptBase<DatePrompt>
    {
        string GreetingFor(DateTime day)
        {
            if (day.Month == 12 && day.Day >= 24 && day.Day <= 26)
                return "greetings/christmas.wav";
            if ((day.Month == 12 && day.Day == 31) || (day.Month == 1 && day.Day == 1))
                return "greetings/newyear.wav";
            string anniversary = MyCall.DN.GetPropertyValue("ANNIVERSARY");
            if (!string.IsNullOrEmpty(anniversary) && day.ToString("MM-dd") == anniversary)
                return "greetings/anniversary.wav";
            return "greetings/welcome.wav";
        }

        public override async void Start()
        {
            await Task.Run(async () =>
            {
                try
                {
                    string zoneId = MyCall.DN.GetPropertyValue("TIMEZONE") ?? "UTC";
                    DateTime today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zoneId));
                    string greeting = GreetingFor(today);
                    MyCall.Info($"Greeting for {today:yyyy-MM-dd}: {greeting}");

                    if (!await MyCall.AssureMedia())
                    {
                        MyCall.Return(false);
                        return;
                    }
                    MyCall.SetBackgroundAudio(true, new[] { MyCall.PS.GetParameterValue("MUSICONHOLDFILE") });
                    await MyCall.PlayPrompt(null, new[] { greeting }, PlayPromptOptions.Blocked);
                    MyCall.SetBackgroundAudio(false, new string[0]);

                    string operatorNumber = MyCall.PS.GetParameterValue("OPERATOR");
                    try
                    {
                        CallControlResult result = await MyCall.ReplaceWithAsync(operatorNumber);
                        MyCall.Info("Transferred to the operator: {0}", result);
                        MyCall.Return(true);
                    }
                    catch (OperationFailed ex)
                    {
                        MyCall.Warn("Transfer to {0} failed: {1}", operatorNumber, ex.TheResult);
                        await MyCall.PlayPrompt(null, new[] { "BUSY" }, PlayPromptOptions.Blocked);
                        MyCall.Return(false);
                    }
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
