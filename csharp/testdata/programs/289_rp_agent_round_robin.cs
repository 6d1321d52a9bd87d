// checks: route-point style agent selection: round robin over a List with a static index, skipping busy agents, least-calls with LINQ tie-break on list order
using System;
using System.Collections.Generic;
using System.Linq;

class Agent
{
    public string Ext; public bool Busy; public int Calls;
    public override string ToString() { return Ext; }
}

class Program
{
    static int next;

    static Agent RoundRobin(List<Agent> agents)
    {
        for (int i = 0; i < agents.Count; i++)
        {
            var a = agents[(next + i) % agents.Count];
            if (!a.Busy) { next = (next + i + 1) % agents.Count; return a; }
        }
        return null;
    }

    static void Main()
    {
        var agents = new List<Agent> { new Agent { Ext = "101" }, new Agent { Ext = "102", Busy = true }, new Agent { Ext = "103" }, new Agent { Ext = "104" } };
        for (int c = 0; c < 6; c++)
        {
            var a = RoundRobin(agents);
            a.Calls++;
            Console.Write(a + " ");
        }
        Console.WriteLine();
        agents.ForEach(a => a.Busy = true);
        Console.WriteLine(RoundRobin(agents) == null ? "all busy -> voicemail" : "found");
        agents[1].Busy = false; agents[3].Busy = false;
        var least = agents.Where(a => !a.Busy).OrderBy(a => a.Calls).First();
        Console.WriteLine("least calls: " + least + " (" + least.Calls + ")");
        Console.WriteLine(string.Join(", ", agents.Select(a => a.Ext + ":" + a.Calls)));
    }
}
