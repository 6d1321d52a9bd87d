// checks: route-point style parking: slots in an array of nullable caller ids, first free slot, retrieval by slot code parsed with c - '0'
using System;

class ParkingLot
{
    readonly string[] slots = new string[5];

    public int Park(string caller)
    {
        for (int i = 0; i < slots.Length; i++)
            if (slots[i] == null) { slots[i] = caller; return i + 1; }
        return -1;
    }

    public string Retrieve(string code)
    {
        if (code.Length != 3 || code[0] != '*' || code[1] != '7' || !char.IsDigit(code[2])) return null;
        int slot = code[2] - '0';
        if (slot < 1 || slot > slots.Length) return null;
        var c = slots[slot - 1];
        slots[slot - 1] = null;
        return c;
    }

    public string Show() => string.Join("|", Array.ConvertAll(slots, s => s ?? "-"));
}

class Program
{
    static void Main()
    {
        var lot = new ParkingLot();
        foreach (var c in new[] { "A", "B", "C" }) Console.WriteLine("park " + c + " -> slot " + lot.Park(c));
        Console.WriteLine(lot.Show());
        Console.WriteLine("retrieve *72 -> " + (lot.Retrieve("*72") ?? "nothing"));
        Console.WriteLine("retrieve *72 -> " + (lot.Retrieve("*72") ?? "nothing"));
        Console.WriteLine("retrieve *79 -> " + (lot.Retrieve("*79") ?? "nothing"));
        Console.WriteLine("retrieve #71 -> " + (lot.Retrieve("#71") ?? "nothing"));
        Console.WriteLine("park D -> slot " + lot.Park("D"));
        Console.WriteLine(lot.Show());
        foreach (var c in new[] { "E", "F", "G" }) Console.Write(lot.Park(c) + " ");
        Console.WriteLine();
        Console.WriteLine(lot.Show());
    }
}
