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
    /// A voicemail box. It answers, plays the mailbox's greeting (LEAVEMSG, or CLOSED first when the
    /// call was handed over for being out of hours) and a BEEP, then records the caller for at most
    /// 60 s. The caller ends the message with '#' or by hanging up. The mailbox is the attached data
    /// "public_mailbox" (set by the route point that handed the call over), else property MAILBOX.
    /// </summary>
    public class Voicemail : ScriptBase<Voicemail>
    {
        public override async void Start()
        {
            await Task.Run(async () =>
            {
                string mailbox = MyCall.Caller["public_mailbox"] ?? MyCall.DN.GetPropertyValue("MAILBOX") ?? "general";
                string reason = MyCall.Caller["public_reason"];
                var finished = new CancellationTokenSource();
                MyCall.OnDTMFInput += digit => { if (digit == '#') finished.Cancel(); };
                MyCall.OnTerminated += () => finished.Cancel();
                try
                {
                    if (!await MyCall.AssureMedia())
                    {
                        MyCall.Return(false);
                        return;
                    }
                    MyCall.Info("Mailbox {0} for {1}{2}", mailbox, MyCall.Caller.CallerID,
                        MyCall.OnBehalfOf == null ? "" : " (from " + MyCall.OnBehalfOf + ", " + reason + ")");
                    string[] greeting = reason == "closed" ? new[] { "CLOSED", "LEAVEMSG", "BEEP" } : new[] { "LEAVEMSG", "BEEP" };
                    await MyCall.PlayPrompt(null, greeting, PlayPromptOptions.Blocked | PlayPromptOptions.UnblockWhenFinished);
                    DateTime started = DateTime.UtcNow;
                    var recording = new TaskCompletionSource<bool>();
                    MyCall.StartRecording($"voicemail/{mailbox}/{started:yyyyMMdd-HHmmss}-{MyCall.Caller.CallerID}.wav",
                        RecordDirection.Inbound, kept => recording.TrySetResult(kept));
                    try
                    {
                        await Task.Delay(TimeSpan.FromSeconds(60), finished.Token);
                        MyCall.Info("Message of {0} reached 60 s", MyCall.Caller.CallerID);
                    }
                    catch (TaskCanceledException)
                    {
                        MyCall.Info("Message of {0} ended after {1:F1} s", MyCall.Caller.CallerID, (DateTime.UtcNow - started).TotalSeconds);
                    }
                    MyCall.StopRecording(false);
                    bool saved = await recording.Task;
                    if (MyCall.MediaChannelReady)
                        await MyCall.PlayPrompt(null, new[] { "BYE" }, PlayPromptOptions.Blocked);
                    MyCall.Return(saved);
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
