// checks: auto-properties with initializers, get-only and private set, computed properties, backing fields, expression-bodied accessors
using System;

class Person
{
    private string _name;
    public string Name
    {
        get { return _name; }
        set { Console.WriteLine("set Name=" + value); _name = value?.Trim(); }
    }
    public int Age { get; set; } = 18;
    public string Id { get; } = "P-1";
    public int Level { get; private set; }
    public bool IsAdult => Age >= 18;
    public string Upper { get => _name.ToUpper(); }
    private int _score;
    public int Score { get => _score; set => _score = value < 0 ? 0 : value; }

    public void LevelUp() { Level++; }
}

class Program
{
    static void Main()
    {
        var p = new Person();
        p.Name = "  ann  ";
        Console.WriteLine("[" + p.Name + "] " + p.Upper);
        Console.WriteLine(p.Age + " " + p.IsAdult + " " + p.Id);
        p.Age = 10;
        Console.WriteLine(p.IsAdult);
        p.LevelUp(); p.LevelUp();
        Console.WriteLine(p.Level);
        p.Score = -5;
        Console.WriteLine(p.Score);
        p.Score += 7;
        Console.WriteLine(p.Score);
        p.Age++;
        Console.WriteLine(p.Age);
    }
}
