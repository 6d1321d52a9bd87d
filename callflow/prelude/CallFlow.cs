// The CallFlow namespace of the 3CX V20 route-point API, as rpbench declares it.
//
// This file is C# read by both the checker and the interpreter. Members marked
// extern are implemented in Go (package callflow) and bound through csharp/eval's
// native registry; everything else is plain C#. Names starting with "__" are the
// host's plumbing: scripts must not use them (the checker hides nothing, but they
// are not part of the 3CX API and may change).
#nullable disable
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using TCX.Configuration;
using TCX.PBXAPI;

namespace CallFlow
{
    /// <summary>The script's relation to its call.</summary>
    public enum ScriptExecutionMode
    {
        /// <summary>The script owns the call and may use every member of MyCall.</summary>
        Active,
        /// <summary>A child script started with MyCall.Call is running.</summary>
        Passive,
        /// <summary>Detached: only Return may be used; event subscriptions are gone.</summary>
        Wrapup,
    }

    /// <summary>Flags for PlayPrompt.</summary>
    [Flags]
    public enum PlayPromptOptions
    {
        /// <summary>Play and return.</summary>
        None = 0,
        /// <summary>DTMF input is not delivered while the prompt plays.</summary>
        Blocked = 1,
        /// <summary>Deliver DTMF again once the prompt finished.</summary>
        UnblockWhenFinished = 2,
        /// <summary>Discard digits typed before the prompt started.</summary>
        ResetBufferAtStart = 4,
        /// <summary>Barge-in: stop the playback at the first digit.</summary>
        CancelPlaybackAtFirstChar = 8,
    }

    /// <summary>Which audio StartRecording records.</summary>
    public enum RecordDirection
    {
        /// <summary>What the caller says.</summary>
        Inbound,
        /// <summary>What the caller hears.</summary>
        Outbound,
        /// <summary>Both directions mixed.</summary>
        Both,
    }

    /// <summary>What the host calls to run a route point.</summary>
    public interface ICallHandler
    {
        /// <summary>Runs when a call reaches the route point.</summary>
        void Start();
    }

    /// <summary>Extended handler: mode notifications.</summary>
    public interface ICallHandlerEx : ICallHandler
    {
        /// <summary>Called after the execution mode changed.</summary>
        void OnExecutionModeChanged(ScriptExecutionMode previous);
    }

    /// <summary>The base class of every route-point script: one instance per call.</summary>
    public abstract class ScriptBase<T> : ICallHandlerEx where T : ScriptBase<T>
    {
        /// <summary>The route point's own connection: the only object the script controls.
        /// (A field rather than 3CX's read-only property: reads are the same, and cheaper here.)</summary>
        public ICall MyCall;

        /// <summary>The script's current execution mode.</summary>
        public ScriptExecutionMode ExecutionMode { get { return MyCall == null ? ScriptExecutionMode.Active : MyCall.ExecutionMode; } }

        /// <summary>Runs when a call reaches the route point.</summary>
        public abstract void Start();

        /// <summary>Called after the execution mode changed; previous is the mode before.</summary>
        public virtual void OnExecutionModeChanged(ScriptExecutionMode previous) { }

        /// <summary>Host plumbing: binds the call before Start.</summary>
        public void __Attach(ICall call) { MyCall = call; }
    }

    /// <summary>Who is calling: the other party of the route point's connection.</summary>
    public class ICallerInfo
    {
        readonly ICall __s;

        /// <summary>Host plumbing.</summary>
        public ICallerInfo(ICall call) { __s = call; }

        /// <summary>The caller's number.</summary>
        public extern string CallerID { get; }
        /// <summary>The caller's display name.</summary>
        public extern string CallerName { get; }
        /// <summary>The number the caller dialed (the DID on inbound trunk calls).</summary>
        public extern string CalledNumber { get; }
        /// <summary>The name of the DID, if any.</summary>
        public extern string DIDName { get; }
        /// <summary>The caller's DN (an Extension, or the ExternalLine of a trunk call).</summary>
        public DN DN { get { return TCX.Configuration.DN.__Wrap(ScriptingHost.CallerDN(__s)); } }
        /// <summary>Data attached to the call (AttachCallerData, Call), or null.</summary>
        public string this[string key] { get { return ScriptingHost.GetData(__s, key); } }

        /// <summary>"CallerName &lt;CallerID&gt;" or just the number.</summary>
        public override string ToString()
        {
            string name = CallerName;
            return string.IsNullOrEmpty(name) ? CallerID : name + " <" + CallerID + ">";
        }
    }

    /// <summary>The route point's connection (MyCall). Extension methods of TCX.PBXAPI.CallControlAPI apply.</summary>
    public class ICall : ActiveConnection
    {
        CancellationTokenSource __media = new CancellationTokenSource();

        /// <summary>Host plumbing: the host creates MyCall and binds it to the call.</summary>
        public ICall() : base(null, 0) { Caller = new ICallerInfo(this); }

        /// <summary>The caller. (A read-only field rather than 3CX's property: reads are the same.)</summary>
        public readonly ICallerInfo Caller;
        /// <summary>The phone system.</summary>
        public PhoneSystem PS { get { return PhoneSystem.Root; } }
        DN __referredBy;
        bool __referredByRead;
        /// <summary>The extension that blind-transferred the call here, or null.</summary>
        public DN ReferredByDN
        {
            get
            {
                if (!__referredByRead)
                {
                    __referredBy = TCX.Configuration.DN.__Wrap(ScriptingHost.ReferredBy(this));
                    __referredByRead = true;
                }
                return __referredBy;
            }
        }
        /// <summary>The DN whose forwarding sent the call here, or null.</summary>
        public DN OnBehalfOf { get { return TCX.Configuration.DN.__Wrap(ScriptingHost.OnBehalfOf(this)); } }
        /// <summary>True when media (audio) is up.</summary>
        public bool MediaChannelReady { get { return ScriptingHost.MediaReady(this); } }
        /// <summary>Cancelled when the script loses the call.</summary>
        public CancellationToken MediaCancellation { get { return __media.Token; } }
        /// <summary>The script's execution mode.</summary>
        public ScriptExecutionMode ExecutionMode { get { return (ScriptExecutionMode)ScriptingHost.Mode(this); } }
        /// <summary>Data attached to the call, or null.</summary>
        public string this[string key] { get { return ScriptingHost.GetData(this, key); } }

        /// <summary>The call left the route point.</summary>
        public event Action OnTerminated;
        /// <summary>One DTMF digit from the caller.</summary>
        public event Action<char> OnDTMFInput;
        /// <summary>The other party was replaced by a transfer.</summary>
        public event Action OnPartyChanged;

        /// <summary>Answers the call if it still rings and completes when media is up (false: the call is gone).</summary>
        public Task<bool> AssureMedia() { return ScriptingHost.AssureMedia(this); }
        /// <summary>Answers the call.</summary>
        public void Answer() { ScriptingHost.AssureMedia(this); }
        /// <summary>Runs action when media is up; false when the call is gone.</summary>
        public bool RunWithMedia(Action action)
        {
            if (ExecutionMode == ScriptExecutionMode.Wrapup) return false;
            AssureMedia().ContinueWith(x => { if (x.Result) action(); }, TaskContinuationOptions.OnlyOnRanToCompletion);
            return true;
        }
        /// <summary>Plays prompts (ids, wav files, "##1234" digit read-outs); true when played to the end.</summary>
        public Task<bool> PlayPrompt(string promptSet, string[] prompts, PlayPromptOptions options)
        {
            return ScriptingHost.PlayPrompt(this, promptSet, prompts, (int)options);
        }
        /// <summary>Plays prompts and calls done with the result.</summary>
        public void PlayPrompt(string promptSet, string[] prompts, PlayPromptOptions options, Action<bool> done)
        {
            PlayPrompt(promptSet, prompts, options).ContinueWith(x => done(x.Status == TaskStatus.RanToCompletion && x.Result));
        }
        /// <summary>Loops background audio (music on hold) under prompts; on=false stops it.</summary>
        public void SetBackgroundAudio(bool on, string[] files) { ScriptingHost.SetBackgroundAudio(this, on, files); }
        object __rec; // the recording in progress (a host handle), or null
        /// <summary>Starts recording the call into file (null: a name the PBX chooses under recordings/);
        /// done is called when the recording ends: true when it was kept, false when it was discarded or
        /// could not start (no media, the script is not Active). A recording in progress is stopped (kept) first.</summary>
        public extern void StartRecording(string file, RecordDirection direction, Action<bool> done);
        /// <summary>Starts recording into a file the PBX names; the task completes when the recording ends
        /// (true: kept, false: discarded or not started).</summary>
        public extern Task<bool> StartRecording(RecordDirection direction);
        /// <summary>Stops the recording in progress (nothing when none); discard drops the file.</summary>
        public extern void StopRecording(bool discard);
        /// <summary>Attaches data to the call (visible as Caller[key]); done reports success.</summary>
        public void AttachCallerData(Dictionary<string, string> data, Action<bool> done)
        {
            bool ok = true;
            foreach (var kv in data) ok = ScriptingHost.SetData(this, kv.Key, kv.Value) && ok;
            if (done != null) Task.Run(() => done(ok));
        }
        /// <summary>Runs another route point's script as a child; its Return value is the result.</summary>
        public Task<bool> Call(string routePoint, Dictionary<string, string> data)
        {
            var t = new TaskCompletionSource<bool>();
            if (data != null) foreach (var kv in data) ScriptingHost.SetData(this, kv.Key, kv.Value);
            ScriptingHost.CallChild(this, routePoint, t);
            return t.Task;
        }
        /// <summary>Hands the call over to another route point, whose script starts for it; this script
        /// goes to Wrapup at once (its event subscriptions end) and must still call Return.
        /// Throws ArgumentException when routePoint is not a route point.</summary>
        public extern void SwitchTo(string routePoint);
        /// <summary>Ends the script: true = goal reached; false at the top level takes the default route.
        /// A second Return is ignored (a note in the trace says where).</summary>
        public extern void Return(bool result);
        /// <summary>Hangs up the call.</summary>
        public void Terminate() { ScriptingHost.Terminate(this); }
        /// <summary>Where Return(false) sends the call.</summary>
        public void SetDefaultRoute(DestinationStruct destination, string displayName) { ScriptingHost.SetDefaultRoute(this, destination.ToString(), displayName); }
        /// <summary>Where Return(false) sends the call (a number).</summary>
        public void SetDefaultRoute(string number, string displayName) { ScriptingHost.SetDefaultRoute(this, "." + number + ".", displayName); }
        /// <summary>Older API: routes to number presenting sourceNameAddr, ringing at most timeoutSeconds.</summary>
        public Task<CallControlResult> RouteTo(string number, string sourceNameAddr, int timeoutSeconds)
        {
            return this.RouteToAsync(new RouteRequest { Destination = number, CustomSource = sourceNameAddr, TimeOut = TimeSpan.FromSeconds(timeoutSeconds) });
        }
        /// <summary>Cancels pending routes started by the script.</summary>
        public void CancelReroute() { ScriptingHost.CancelRoutes(this); }

        /// <summary>Logs at level Trace (composite format when args are given).</summary>
        public extern void Trace(string format, params object[] args);
        /// <summary>Logs at level Debug.</summary>
        public extern void Debug(string format, params object[] args);
        /// <summary>Logs at level Info.</summary>
        public extern void Info(string format, params object[] args);
        /// <summary>Logs at level Warn.</summary>
        public extern void Warn(string format, params object[] args);
        /// <summary>Logs at level Error.</summary>
        public extern void Error(string format, params object[] args);
        /// <summary>Logs at level Critical.</summary>
        public extern void Critical(string format, params object[] args);
        /// <summary>Logs an exception at level Error, with its type, message and stack.</summary>
        public extern void Exception(Exception ex);

        /// <summary>"Call c3: 101 -> RoutePoint #101 (Ringing)": see docs/route-points.md.</summary>
        public override string ToString() { return ScriptingHost.CallString(this); }

        /// <summary>Host plumbing: the call left the route point (cancels MediaCancellation, raises OnTerminated).</summary>
        public void __Terminated()
        {
            __media.Cancel();
            var h = OnTerminated;
            if (h != null) h();
        }
        /// <summary>Host plumbing: a DTMF digit.</summary>
        public void __DTMF(char digit)
        {
            var h = OnDTMFInput;
            if (h != null) h(digit);
        }
        /// <summary>Host plumbing: the other party changed.</summary>
        public void __PartyChanged()
        {
            var h = OnPartyChanged;
            if (h != null) h();
        }
        /// <summary>Host plumbing: Wrapup removes event subscriptions.</summary>
        public void __Unsubscribe()
        {
            OnTerminated = null;
            OnDTMFInput = null;
            OnPartyChanged = null;
        }
    }

    /// <summary>Host plumbing: the Go natives behind the API. Not part of 3CX's API.</summary>
    public static class ScriptingHost
    {
        public static extern string CallerDN(ICall c);
        public static extern string ReferredBy(ICall c);
        public static extern string OnBehalfOf(ICall c);
        public static extern string GetData(ICall c, string key);
        public static extern bool SetData(ICall c, string key, string value);
        public static extern bool MediaReady(ICall c);
        public static extern int Mode(ICall c);
        public static extern Task<bool> AssureMedia(ICall c);
        public static extern Task<bool> PlayPrompt(ICall c, string promptSet, string[] prompts, int options);
        public static extern void SetBackgroundAudio(ICall c, bool on, string[] files);
        public static extern void CallChild(ICall c, string routePoint, TaskCompletionSource<bool> done);
        public static extern void Terminate(ICall c);
        public static extern void SetDefaultRoute(ICall c, string destination, string displayName);
        public static extern void CancelRoutes(ICall c);
        public static extern string CallString(ICall c);
    }
}
