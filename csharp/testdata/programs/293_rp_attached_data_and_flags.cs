// checks: route-point style attached data: Dictionary<string,string> merging, PlayPromptOptions-like [Flags] enum composition and checks
using System;
using System.Collections.Generic;

[Flags]
enum PlayPromptOptions { None = 0, Blocked = 1, UnblockWhenFinished = 2, ResetBufferAtStart = 4, CancelPlaybackAtFirstChar = 8 }

class Program
{
    static void Play(string[] prompts, PlayPromptOptions opts)
    {
        Console.WriteLine("play [" + string.Join(",", prompts) + "] opts=" + opts);
        if ((opts & PlayPromptOptions.CancelPlaybackAtFirstChar) != 0) Console.WriteLine("  barge-in enabled");
        if (opts.HasFlag(PlayPromptOptions.Blocked | PlayPromptOptions.UnblockWhenFinished)) Console.WriteLine("  blocked until finished");
    }

    static void Main()
    {
        Play(new[] { "PLSENTER", "PIN" }, PlayPromptOptions.Blocked | PlayPromptOptions.UnblockWhenFinished | PlayPromptOptions.ResetBufferAtStart);
        Play(new[] { "##1234" }, PlayPromptOptions.CancelPlaybackAtFirstChar);
        Play(new string[0], PlayPromptOptions.None);
        var data = new Dictionary<string, string> { { "crm_id", "42" }, { "lang", "de" } };
        var extra = new Dictionary<string, string> { { "lang", "en" }, { "vip", "true" } };
        foreach (var kv in extra) data[kv.Key] = kv.Value;
        foreach (var kv in data) Console.WriteLine(kv.Key + "=" + kv.Value);
        bool vip;
        Console.WriteLine(bool.TryParse(data["vip"], out vip) && vip ? "priority queue" : "normal queue");
    }
}
