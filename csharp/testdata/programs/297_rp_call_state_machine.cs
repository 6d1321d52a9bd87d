// checks: route-point style call state machine: enum states, a transition table in a Dictionary keyed by (state, event) tuples, invalid transitions reported
using System;
using System.Collections.Generic;

enum State { Ringing, Connected, OnHold, Transferring, Ended }
enum Ev { Answer, Hold, Resume, Transfer, TransferDone, Hangup }

class Program
{
    static readonly Dictionary<(State, Ev), State> Table = new Dictionary<(State, Ev), State>
    {
        [(State.Ringing, Ev.Answer)] = State.Connected,
        [(State.Ringing, Ev.Hangup)] = State.Ended,
        [(State.Connected, Ev.Hold)] = State.OnHold,
        [(State.OnHold, Ev.Resume)] = State.Connected,
        [(State.Connected, Ev.Transfer)] = State.Transferring,
        [(State.Transferring, Ev.TransferDone)] = State.Ended,
        [(State.Connected, Ev.Hangup)] = State.Ended,
        [(State.OnHold, Ev.Hangup)] = State.Ended,
    };

    static void Main()
    {
        var s = State.Ringing;
        foreach (var e in new[] { Ev.Hold, Ev.Answer, Ev.Hold, Ev.Transfer, Ev.Resume, Ev.Transfer, Ev.TransferDone, Ev.Answer })
        {
            State next;
            if (Table.TryGetValue((s, e), out next)) { Console.WriteLine(s + " --" + e + "--> " + next); s = next; }
            else Console.WriteLine(s + " --" + e + "--> (invalid, stays " + s + ")");
        }
    }
}
