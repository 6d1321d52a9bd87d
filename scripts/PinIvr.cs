#nullable disable
using CallFlow;
using System;
using System.Threading;
using System.Threading.Tasks;
using TCX.Configuration;
using TCX.PBXAPI;

namespace dummy
{
    /// <summary>
    /// A PIN-protected line, built the way 3CX scripts gather digits: OnDTMFInput, a
    /// System.Threading.Timer for the inter-digit time-out and a TaskCompletionSource.
    /// The caller is answered and asked for the PIN (prompts PLSENTER, PIN; typing interrupts the
    /// prompt). '#' ends the input early, '*' starts it again. The right PIN (route point property
    /// PIN) transfers the caller to property TARGET; three wrong tries, or 5 s of silence three
    /// times, play BYE and end the call. A caller who hangs up ends the wait
    /// (the completion is cancelled from OnTerminated).
    /// </summary>
    public class PinIvr : ScriptBase<PinIvr>
    {
        const int MaxDigits = 8;
        static readonly TimeSpan DigitTimeout = TimeSpan.FromSeconds(5);

        async Task<string> ReadDigits(string[] prompts)
        {
            var completion = new TaskCompletionSource<string>();
            string buffer = "";
            Timer timer = null;
            timer = new Timer(_ => completion.TrySetResult(buffer), null, Timeout.Infinite, Timeout.Infinite);
            Action<char> onDigit = digit =>
            {
                if (digit == '#')
                {
                    completion.TrySetResult(buffer);
                    return;
                }
                if (digit == '*')
                    buffer = "";
                else
                    buffer += digit;
                if (buffer.Length >= MaxDigits)
                    completion.TrySetResult(buffer);
                else
                    timer.Change(DigitTimeout, Timeout.InfiniteTimeSpan);
            };
            Action onGone = () => completion.TrySetCanceled();
            MyCall.OnDTMFInput += onDigit;
            MyCall.OnTerminated += onGone;
            try
            {
                await MyCall.PlayPrompt(null, prompts, PlayPromptOptions.ResetBufferAtStart | PlayPromptOptions.CancelPlaybackAtFirstChar);
                if (buffer.Length == 0)
                    timer.Change(DigitTimeout, Timeout.InfiniteTimeSpan);
                return await completion.Task;
            }
            finally
            {
                timer.Dispose();
                MyCall.OnDTMFInput -= onDigit;
                MyCall.OnTerminated -= onGone;
            }
        }

        public override async void Start()
        {
            await Task.Run(async () =>
            {
                try
                {
                    string pin = MyCall.DN.GetPropertyValue("PIN") ?? "";
                    string target = MyCall.DN.GetPropertyValue("TARGET");
                    if (!await MyCall.AssureMedia())
                    {
                        MyCall.Return(false);
                        return;
                    }
                    for (int attempt = 1; attempt <= 3; attempt++)
                    {
                        string entered = await ReadDigits(attempt == 1 ? new[] { "PLSENTER", "PIN" } : new[] { "INV_INP", "PLSENTER", "PIN" });
                        MyCall.Debug("Attempt {0}: {1} digit(s)", attempt, entered.Length);
                        if (entered.Length > 0 && entered == pin)
                        {
                            MyCall.Info("PIN accepted, transferring {0} to {1}", MyCall.Caller.CallerID, target);
                            try
                            {
                                await MyCall.ReplaceWithAsync(target);
                                MyCall.Return(true);
                            }
                            catch (OperationFailed ex)
                            {
                                MyCall.Warn("Transfer failed: {0}", ex.TheResult);
                                await MyCall.PlayPrompt(null, new[] { "BUSY", "BYE" }, PlayPromptOptions.Blocked);
                                MyCall.Terminate();
                                MyCall.Return(false);
                            }
                            return;
                        }
                    }
                    MyCall.Warn("Caller {0} failed to enter the PIN", MyCall.Caller.CallerID);
                    await MyCall.PlayPrompt(null, new[] { "BYE" }, PlayPromptOptions.Blocked);
                    MyCall.Terminate();
                    MyCall.Return(true);
                }
                catch (TaskCanceledException)
                {
                    MyCall.Trace("Caller left the IVR");
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
