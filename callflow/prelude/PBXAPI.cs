// The TCX.PBXAPI namespace of the 3CX V20 route-point API, as rpbench declares it:
// call control as extension methods on ActiveConnection, their results and exceptions.
#nullable disable
using System;
using System.Threading.Tasks;
using CallFlow;
using TCX.Configuration;

namespace TCX.PBXAPI
{
    /// <summary>Why a route was diverted (presented to the destination).</summary>
    public enum DivertReason
    {
        None, NoAnswer, PhoneBusy, PhoneNotRegistered, ForwardAll, BasedOnCallerID, BasedOnDID,
        OutOfOfficeHours, BreakTime, Holiday, OfficeHours, NoDestinations,
    }

    /// <summary>How a call-control request ended.</summary>
    public enum CallControlReason
    {
        /// <summary>No reason recorded.</summary>
        None,
        /// <summary>The destination answered (RouteToAsync) or took over (DivertAsync, ReplaceWithAsync).</summary>
        Success,
        /// <summary>The destination did not answer within the time-out.</summary>
        NoAnswer,
        /// <summary>The destination was busy.</summary>
        Busy,
        /// <summary>The destination rejected the call.</summary>
        Rejected,
        /// <summary>No such number.</summary>
        NotFound,
        /// <summary>The destination has no registered phone.</summary>
        NotRegistered,
        /// <summary>The request does not fit the connection's state.</summary>
        InvalidState,
        /// <summary>The route was cancelled (CancelReroute, another route answered).</summary>
        Cancelled,
        /// <summary>The caller hung up.</summary>
        ParentConnectionTerminated,
        /// <summary>The call was answered elsewhere (picked up, another route).</summary>
        CompletedElsewhere,
        /// <summary>The destination's connection was lost.</summary>
        PartyConnectionLost,
    }

    /// <summary>The outcome of a call-control request.</summary>
    public class CallControlResult
    {
        bool __success;
        CallControlReason __reason;
        string __destination = "";
        string __details = "";
        string __text;

        /// <summary>A pending result (the host fills it in when the request ends).</summary>
        public CallControlResult() { }

        /// <summary>A result.</summary>
        public CallControlResult(bool success, CallControlReason reason, string destination, string details)
        {
            __success = success;
            __reason = reason;
            __destination = destination ?? "";
            __details = details ?? "";
        }

        /// <summary>True when the request reached its goal.</summary>
        public bool Success { get { return __success; } }
        /// <summary>How it ended.</summary>
        public CallControlReason Reason { get { return __reason; } }
        /// <summary>The destination concerned ("Extension 100"), or "".</summary>
        public string Destination { get { return __destination; } }
        /// <summary>More words from the PBX, or "".</summary>
        public string Details { get { return __details; } }

        /// <summary>"Success(Extension 100)", "NoAnswer(Extension 100)", "ParentConnectionTerminated".</summary>
        public override string ToString()
        {
            if (__text != null) return __text;
            return __reason.ToString() + (__destination.Length > 0 ? "(" + __destination + ")" : "");
        }
    }

    /// <summary>A call-control request failed; TheResult says why.</summary>
    public class OperationFailed : Exception
    {
        /// <summary>A failure with its result.</summary>
        public OperationFailed(CallControlResult result) { TheResult = result; }
        /// <summary>Why it failed.</summary>
        public CallControlResult TheResult { get; private set; }
        /// <summary>"Call control operation failed: NoAnswer(Extension 100)".</summary>
        public override string Message { get { return "Call control operation failed: " + TheResult; } }
    }

    /// <summary>The call-control core is not reachable.</summary>
    public class PBXIsNotConnected : Exception
    {
        /// <summary>The standard error.</summary>
        public PBXIsNotConnected() : base("PBX is not connected") { }
        /// <summary>An error with a message.</summary>
        public PBXIsNotConnected(string message) : base(message) { }
    }

    /// <summary>A route for RouteToAsync.</summary>
    public class RouteRequest
    {
        /// <summary>The target (preferred).</summary>
        public DestinationStruct RouteTarget { get; set; }
        /// <summary>A number; overrides RouteTarget when set.</summary>
        public string Destination { get; set; }
        /// <summary>Cancels the route when unanswered for this long (zero: no limit).</summary>
        public TimeSpan TimeOut { get; set; }
        /// <summary>Caller name/number presented to the destination.</summary>
        public string CustomSource { get; set; }
        /// <summary>Present the call as forwarded by this DN.</summary>
        public DN OnBehalfOf { get; set; }
        /// <summary>Why the call is routed.</summary>
        public DivertReason Reason { get; set; }
        /// <summary>Route as a REFER (kept for compatibility; routing is the same).</summary>
        public bool ReferRequest { get; set; }
        /// <summary>An id the script chooses for this route.</summary>
        public string TargetID { get; set; }

        /// <summary>"Extension.100. timeout 00:00:15".</summary>
        public override string ToString()
        {
            string to = string.IsNullOrEmpty(Destination) ? RouteTarget.ToString() : Destination;
            return TimeOut > TimeSpan.Zero ? to + " timeout " + TimeOut.ToString() : to;
        }
    }

    /// <summary>Call control: extension methods on the route point's connection (MyCall).</summary>
    public static class CallControlAPI
    {
        static ICall __Own(ActiveConnection ac)
        {
            var c = ac as ICall;
            if (c == null) throw new InvalidOperationException("call control is only allowed on MyCall");
            return c;
        }

        static string __Target(RouteRequest r)
        {
            return string.IsNullOrEmpty(r.Destination) ? r.RouteTarget.ToString() : "." + r.Destination + ".";
        }

        static Task<CallControlResult> __Op(ActiveConnection ac, int op, string target, long timeoutTicks, string source, string onBehalfOf, int reason)
        {
            var c = __Own(ac);
            var result = new CallControlResult();
            return CallControlHost.Request(c, op, target, timeoutTicks, source, onBehalfOf, reason, result, new OperationFailed(result));
        }

        /// <summary>Rings the request's target; succeeds when it answers and replaces the route point.</summary>
        public static Task<CallControlResult> RouteToAsync(this ActiveConnection ac, RouteRequest request)
        {
            if (request == null) throw new ArgumentNullException("request");
            return __Op(ac, 1, __Target(request), request.TimeOut.Ticks, request.CustomSource, request.OnBehalfOf == null ? null : request.OnBehalfOf.Number, (int)request.Reason);
        }
        /// <summary>Rings destination with no time-out.</summary>
        public static Task<CallControlResult> RouteToAsync(this ActiveConnection ac, DestinationStruct destination)
        {
            return __Op(ac, 1, destination.ToString(), 0, null, null, 0);
        }
        /// <summary>Rings destination for at most timeout.</summary>
        public static Task<CallControlResult> RouteToAsync(this ActiveConnection ac, DestinationStruct destination, TimeSpan timeout)
        {
            return __Op(ac, 1, destination.ToString(), timeout.Ticks, null, null, 0);
        }
        /// <summary>Diverts the still-ringing call to destination.</summary>
        public static Task<CallControlResult> DivertAsync(this ActiveConnection ac, DestinationStruct destination)
        {
            return __Op(ac, 2, destination.ToString(), 0, null, null, 0);
        }
        /// <summary>Diverts the still-ringing call to destination, giving a reason.</summary>
        public static Task<CallControlResult> DivertAsync(this ActiveConnection ac, DestinationStruct destination, DivertReason reason)
        {
            return __Op(ac, 2, destination.ToString(), 0, null, null, (int)reason);
        }
        /// <summary>Diverts the still-ringing call to a number.</summary>
        public static Task<CallControlResult> DivertAsync(this ActiveConnection ac, string number)
        {
            return __Op(ac, 2, "." + number + ".", 0, null, null, 0);
        }
        /// <summary>Blind-transfers the answered call to destination; succeeds when the destination answers.</summary>
        public static Task<CallControlResult> ReplaceWithAsync(this ActiveConnection ac, DestinationStruct destination)
        {
            return __Op(ac, 3, destination.ToString(), 0, null, null, 0);
        }
        /// <summary>Blind-transfers the answered call to a number.</summary>
        public static Task<CallControlResult> ReplaceWithAsync(this ActiveConnection ac, string number)
        {
            return __Op(ac, 3, "." + number + ".", 0, null, null, 0);
        }
        /// <summary>Blind-transfers and succeeds as soon as the transfer started.</summary>
        public static Task<CallControlResult> ReplaceWithInitOnlyAsync(this ActiveConnection ac, DestinationStruct destination)
        {
            return __Op(ac, 4, destination.ToString(), 0, null, null, 0);
        }
        /// <summary>Blind-transfers to a number and succeeds as soon as the transfer started.</summary>
        public static Task<CallControlResult> ReplaceWithInitOnlyAsync(this ActiveConnection ac, string number)
        {
            return __Op(ac, 4, "." + number + ".", 0, null, null, 0);
        }
        /// <summary>Drops the connection; the call goes on by the routing configuration.</summary>
        public static Task<CallControlResult> DropAsync(this ActiveConnection ac)
        {
            return __Op(ac, 5, "", 0, null, null, 0);
        }

    }

    /// <summary>Host plumbing: the Go native behind call control. Not part of 3CX's API.</summary>
    public static class CallControlHost
    {
        /// <summary>op: 1 RouteTo, 2 Divert, 3 ReplaceWith, 4 ReplaceWithInitOnly, 5 Drop; target in DestinationStruct form.
        /// The host fills result in when the request ends and faults the task with failure when it failed.</summary>
        public static extern Task<CallControlResult> Request(ICall call, int op, string target, long timeoutTicks, string source, string onBehalfOf, int reason, CallControlResult result, OperationFailed failure);
    }
}
