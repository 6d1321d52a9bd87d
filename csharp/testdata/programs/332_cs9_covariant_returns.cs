// checks: covariant return types on overrides (C# 9 on .NET 5+)
// expect: hand-checked (C# 9: covariant return types)
using System;

class Prompt
{
    public virtual Prompt Clone() => new Prompt();
    public virtual string Name => "prompt";
}

class WavPrompt : Prompt
{
    public string File = "welcome.wav";
    public override WavPrompt Clone() => new WavPrompt { File = File };
    public override string Name => "wav";
}

class Program
{
    static void Main()
    {
        var w = new WavPrompt { File = "hold.wav" };
        WavPrompt copy = w.Clone();
        Console.WriteLine(copy.File + " " + copy.Name);
        Prompt p = w;
        Console.WriteLine(p.Clone().Name + " " + p.Clone().GetType().Name);
    }
}
