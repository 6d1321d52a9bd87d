// checks: closures over loop state in event handlers, state machine via captured variables (DTMF collector style)
using System;
using System.Collections.Generic;

class Keypad
{
    public event Action<char> Key;
    public void Type(string s) { foreach (var c in s) Key?.Invoke(c); }
}

class Program
{
    static void Main()
    {
        var pad = new Keypad();
        var buffer = new List<char>();
        string completed = null;
        int maxDigits = 4;
        pad.Key += c =>
        {
            if (completed != null) return;
            if (c == '#') { completed = new string(buffer.ToArray()); return; }
            if (char.IsDigit(c)) buffer.Add(c);
            if (buffer.Count == maxDigits) completed = new string(buffer.ToArray());
        };
        pad.Type("12*3#99");
        Console.WriteLine("entered: " + completed);
        buffer.Clear(); completed = null; maxDigits = 2;
        pad.Type("5678");
        Console.WriteLine("entered: " + completed);
        var counters = new Dictionary<char, int>();
        pad.Key += c => { int n; counters.TryGetValue(c, out n); counters[c] = n + 1; };
        pad.Type("1121");
        foreach (var kv in counters) Console.WriteLine(kv.Key + " x" + kv.Value);
    }
}
