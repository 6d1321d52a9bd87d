#nullable disable
using CallFlow;
using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using TCX.Configuration;
using TCX.PBXAPI;

namespace dummy
{
    /// <summary>
    /// A reusable PIN check, meant to be run by other route points with MyCall.Call: it asks for
    /// the PIN of the extension named by the attached data "public_pin_of" (that extension's
    /// property PIN), reads digits up to '#' (or 4 digits, or 5 s of silence), allows three tries
    /// and returns true for the right PIN, false otherwise. It never moves the call: its caller
    /// decides what happens next.
    /// </summary>
    public class PinCheck : ScriptBase<PinCheck>
    {
        async Task<string> ReadPin()
        {
            var done = new TaskCompletionSource<string>();
            var digits = new StringBuilder();
            using (var silence = new Timer(_ => done.TrySetResult(digits.ToString()), null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan))
            {
                Action<char> onDigit = d =>
                {
                    if (d == '#' || digits.Append(d).Length == 4)
                        done.TrySetResult(digits.ToString());
                    else
                        silence.Change(TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
                };
                MyCall.OnDTMFInput += onDigit;
                MyCall.OnTerminated += () => done.TrySetCanceled();
                await MyCall.PlayPrompt(null, new[] { "PLSENTER", "PIN" }, PlayPromptOptions.CancelPlaybackAtFirstChar);
                string pin = await done.Task;
                MyCall.OnDTMFInput -= onDigit;
                return pin;
            }
        }

        public override async void Start()
        {
            try
            {
                string owner = MyCall.Caller["public_pin_of"];
                string expected = MyCall.PS.GetDNByNumber(owner ?? "")?.GetPropertyValue("PIN");
                if (string.IsNullOrEmpty(expected))
                {
                    MyCall.Error("No PIN is configured for '{0}'", owner);
                    MyCall.Return(false);
                    return;
                }
                for (int attempt = 1; attempt <= 3; attempt++)
                {
                    string pin = await ReadPin();
                    bool ok = pin == expected;
                    MyCall.Info("PIN attempt {0} for {1}: {2} digit(s), {3}", attempt, owner, pin.Length, ok ? "accepted" : "rejected");
                    if (ok)
                    {
                        MyCall.Return(true);
                        return;
                    }
                    if (attempt < 3)
                        await MyCall.PlayPrompt(null, new[] { "INV_INP" }, PlayPromptOptions.Blocked);
                }
                MyCall.Return(false);
            }
            catch (TaskCanceledException)
            {
                MyCall.Trace("The caller left during the PIN check");
                MyCall.Return(false);
            }
        }
    }
}
