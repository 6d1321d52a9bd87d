// checks: 3CX V20 sample style: PlayPrompt-like calls with collection-expression prompt arrays, Dictionary initialisation, ?. and ??
// expect: hand-checked (C# 12: collection expressions)
#nullable disable
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class FakeCall
{
    public Task<bool> PlayPrompt(string promptSet, string[] prompts, int opts)
    {
        Console.WriteLine("PlayPrompt(" + promptSet + ", [" + string.Join(", ", prompts) + "], " + opts + ")");
        return Task.FromResult(true);
    }
}

class Program
{
    static async Task Main()
    {
        var call = new FakeCall();
        string promptSet = null;
        await call.PlayPrompt(promptSet ?? "default", ["PLSENTER", "PIN"], 3);
        string[] bye = ["BYE"];
        await call.PlayPrompt("default", [.. bye, "BEEP"], 0);
        List<string> greeting = ["welcome.wav"];
        await call.PlayPrompt("custom", greeting.ToArray(), 1);
        Dictionary<string, string[]> menus = new() { ["main"] = ["MAINMENU"], ["empty"] = [] };
        Console.WriteLine(menus["main"][0] + " " + menus["empty"].Length + " " + (menus.GetValueOrDefault("x")?.Length ?? -1));
    }
}
