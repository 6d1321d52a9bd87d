// checks: Dictionary indexer on a missing key throws KeyNotFoundException (message names the key), TryGetValue leaves default, ContainsKey/ContainsValue, Add of a duplicate key throws ArgumentException
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var ext = new Dictionary<string, int> { ["alice"] = 101, ["bob"] = 102 };
        try { Console.WriteLine(ext["carol"]); }
        catch (KeyNotFoundException e) { Console.WriteLine("KeyNotFoundException: " + e.Message); }
        var byNum = new Dictionary<int, string> { [7] = "seven" };
        try { Console.WriteLine(byNum[8]); }
        catch (KeyNotFoundException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        int v;
        Console.WriteLine(ext.TryGetValue("carol", out v) + " " + v);
        Console.WriteLine(ext.TryGetValue("bob", out v) + " " + v);
        Console.WriteLine(ext.ContainsKey("alice") + " " + ext.ContainsKey("Alice") + " " + ext.ContainsValue(102) + " " + ext.ContainsValue(103));
        try { ext.Add("alice", 1); }
        catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        ext["alice"] = 201;
        Console.WriteLine(ext["alice"] + " " + ext.Count);
        try { ext[null] = 1; }
        catch (ArgumentNullException e) { Console.WriteLine(e.GetType().Name + " " + e.ParamName); }
        Console.WriteLine(ext.Remove("bob") + " " + ext.Remove("bob") + " " + ext.Count);
    }
}
