#nullable disable
using CallFlow;
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using TCX.Configuration;
using TCX.PBXAPI;

namespace dummy
{
    /// <summary>
    /// An answer-and-play-prompt menu with a callback option. The route point answers and plays
    /// MENU (barge-in: the first digit stops it). 1: blind transfer to property SALES; 2: to SUPPORT;
    /// 9: a callback request is posted to the CRM (property CALLBACK_URL, JSON with the caller's
    /// number), the caller hears THANKYOU and the call ends. No digit within 5 s, or a wrong one:
    /// INV_INP and the menu again; after three tries the call takes the default route (the operator).
    /// A transfer target that cannot be reached sends the caller back to the menu.
    /// </summary>
    public class CallbackMenu : ScriptBase<CallbackMenu>
    {
        TaskCompletionSource<char> pending;

        Task<char> NextDigit(TimeSpan timeout)
        {
            var tcs = new TaskCompletionSource<char>();
            pending = tcs;
            var timer = new Timer(_ => tcs.TrySetResult('\0'), null, timeout, Timeout.InfiniteTimeSpan);
            tcs.Task.ContinueWith(_ => timer.Dispose());
            return tcs.Task;
        }

        async Task<bool> RequestCallback()
        {
            string url = MyCall.DN.GetPropertyValue("CALLBACK_URL");
            string json = "{\"number\":\"" + MyCall.Caller.CallerID + "\",\"line\":\"" + MyCall.Caller.CalledNumber + "\"}";
            using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) })
            {
                var response = await http.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));
                MyCall.Debug("CRM: {0} {1}", (int)response.StatusCode, await response.Content.ReadAsStringAsync());
                return response.IsSuccessStatusCode;
            }
        }

        public override async void Start()
        {
            await Task.Run(async () =>
            {
                MyCall.SetDefaultRoute(MyCall.PS.GetParameterValue("OPERATOR"), "Operator");
                MyCall.OnDTMFInput += digit => pending?.TrySetResult(digit);
                try
                {
                    if (!await MyCall.AssureMedia())
                    {
                        MyCall.Return(false);
                        return;
                    }
                    for (int attempt = 1; attempt <= 3; attempt++)
                    {
                        Task<char> digitTask = NextDigit(TimeSpan.FromSeconds(5));
                        await MyCall.PlayPrompt(null, new[] { "MENU" }, PlayPromptOptions.CancelPlaybackAtFirstChar | PlayPromptOptions.ResetBufferAtStart);
                        char digit = await digitTask;
                        MyCall.Trace("Attempt {0}: {1}", attempt, digit == '\0' ? "no input" : "'" + digit + "'");
                        string target = digit == '1' ? MyCall.DN.GetPropertyValue("SALES")
                                      : digit == '2' ? MyCall.DN.GetPropertyValue("SUPPORT")
                                      : null;
                        if (target != null)
                        {
                            try
                            {
                                CallControlResult r = await MyCall.ReplaceWithAsync(target);
                                MyCall.Info("Menu {0}: transferred to {1}", digit, r);
                                MyCall.Return(true);
                                return;
                            }
                            catch (OperationFailed ex)
                            {
                                MyCall.Warn("Menu {0}: {1}, back to the menu", digit, ex.TheResult);
                                await MyCall.PlayPrompt(null, new[] { "BUSY" }, PlayPromptOptions.Blocked);
                                continue;
                            }
                        }
                        if (digit == '9')
                        {
                            bool ok = await RequestCallback();
                            MyCall.Info("Callback for {0}: {1}", MyCall.Caller.CallerID, ok ? "requested" : "CRM refused");
                            await MyCall.PlayPrompt(null, new[] { ok ? "THANKYOU" : "SORRY", "BYE" }, PlayPromptOptions.Blocked);
                            MyCall.Terminate();
                            MyCall.Return(ok);
                            return;
                        }
                        await MyCall.PlayPrompt(null, new[] { "INV_INP" }, PlayPromptOptions.Blocked);
                    }
                    MyCall.Info("No choice after 3 tries: to the operator");
                    MyCall.Return(false);
                }
                catch (TaskCanceledException)
                {
                    MyCall.Trace("The caller left");
                    MyCall.Return(false);
                }
                catch (Exception ex)
                {
                    MyCall.Error("Menu failed: {0}", ex.Message);
                    MyCall.Return(false);
                }
            });
        }
    }
}
