// checks: mini app: a text-adventure state machine driven by a scripted command list: rooms in a Dictionary with exits, an inventory List, commands parsed with Split and switch on strings, enum game state, locked doors needing items, a Stack for "back", a visited HashSet, and a final score computed with LINQ
using System;
using System.Collections.Generic;
using System.Linq;

enum GameState { Playing, Won, Quit }

class Room
{
    public string Name; public string Description;
    public Dictionary<string, string> Exits = new Dictionary<string, string>();
    public List<string> Items = new List<string>();
    public string LockedExit; public string Key;
}

class Game
{
    private readonly Dictionary<string, Room> rooms = new Dictionary<string, Room>();
    private readonly List<string> inventory = new List<string>();
    private readonly Stack<string> trail = new Stack<string>();
    private readonly HashSet<string> visited = new HashSet<string>();
    private string current = "lobby";
    private int moves;
    public GameState State { get; private set; } = GameState.Playing;

    public Game()
    {
        Add(new Room { Name = "lobby", Description = "A quiet lobby.", Exits = { ["north"] = "hall", ["east"] = "closet" } });
        Add(new Room { Name = "closet", Description = "A dusty closet.", Exits = { ["west"] = "lobby" }, Items = { "key", "broom" } });
        Add(new Room { Name = "hall", Description = "A long hall.", Exits = { ["south"] = "lobby", ["north"] = "server room" }, LockedExit = "north", Key = "key" });
        Add(new Room { Name = "server room", Description = "Blinking lights everywhere.", Exits = { ["south"] = "hall" }, Items = { "phone" } });
        visited.Add(current);
    }
    void Add(Room r) => rooms[r.Name] = r;
    Room Here => rooms[current];

    public string Do(string line)
    {
        var words = line.Trim().ToLowerInvariant().Split(new[] { ' ' }, 2, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return "Say something.";
        string verb = words[0], arg = words.Length > 1 ? words[1] : "";
        moves++;
        switch (verb)
        {
            case "look":
                var items = Here.Items.Count > 0 ? " You see: " + string.Join(", ", Here.Items) + "." : "";
                return Here.Description + items + " Exits: " + string.Join(", ", Here.Exits.Keys.OrderBy(k => k)) + ".";
            case "go":
            case "walk":
                string dest;
                if (!Here.Exits.TryGetValue(arg, out dest)) return "You can't go " + (arg == "" ? "nowhere" : arg) + ".";
                if (Here.LockedExit == arg && !inventory.Contains(Here.Key)) return "The door " + arg + " is locked.";
                trail.Push(current);
                current = dest;
                bool first = visited.Add(current);
                if (current == "server room" && inventory.Contains("key")) { }
                return "You enter the " + current + (first ? " for the first time." : ".");
            case "back":
                if (trail.Count == 0) return "Nowhere to go back to.";
                current = trail.Pop();
                return "Back in the " + current + ".";
            case "take":
                if (!Here.Items.Remove(arg)) return "No " + arg + " here.";
                inventory.Add(arg);
                if (arg == "phone") State = GameState.Won;
                return "Taken: " + arg + ".";
            case "drop":
                if (!inventory.Remove(arg)) return "You don't have " + arg + ".";
                Here.Items.Add(arg);
                return "Dropped " + arg + ".";
            case "inventory":
            case "i":
                return inventory.Count == 0 ? "You carry nothing." : "You carry: " + string.Join(", ", inventory) + ".";
            case "quit":
                State = GameState.Quit;
                return "Bye.";
            default:
                moves--;
                return "I don't know how to '" + verb + "'.";
        }
    }

    public int Score => visited.Count * 10 + inventory.Sum(i => i.Length) - moves;
}

class Program
{
    static void Main()
    {
        var script = new[]
        {
            "look", "go north", "go north", "back", "dance", "go east", "look", "take key", "take sword",
            "i", "go west", "go north", "go north", "look", "drop broom", "take phone", "look",
        };
        var game = new Game();
        foreach (var cmd in script)
        {
            Console.WriteLine("> " + cmd);
            Console.WriteLine(game.Do(cmd));
            if (game.State != GameState.Playing) break;
        }
        Console.WriteLine("state " + game.State + ", score " + game.Score);
        var g2 = new Game();
        Console.WriteLine(g2.Do("   ") + " / " + g2.Do("go") + " / " + g2.Do("back") + " / " + g2.Do("inventory") + " / " + g2.Do("QUIT") + " / " + g2.State);
    }
}
