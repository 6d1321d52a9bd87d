// checks: route-point style DestinationStruct.TryParse-like parsing of "Type.dn.external" strings with Enum.TryParse, Split and out parameters
using System;

enum DestinationType { None, VoiceMail, Extension, Queue, RingGroup, IVR, External }

struct Destination
{
    public DestinationType To; public string Internal; public string External;

    public static bool TryParse(string s, out Destination d)
    {
        d = default(Destination);
        if (s == null) return false;
        var parts = s.Split(new[] { '.' }, 3);
        if (parts.Length < 2) return false;
        DestinationType t;
        if (!Enum.TryParse(parts[0], out t)) return false;
        d.To = t;
        d.Internal = parts[1];
        d.External = parts.Length == 3 ? parts[2] : "";
        return true;
    }

    public override string ToString() => To + "(" + Internal + (External.Length > 0 ? ", " + External : "") + ")";
}

class Program
{
    static void Main()
    {
        foreach (var s in new[] { "Extension.101.", "External..+4930123", "Queue.800", "VoiceMail.101.x.y", "Bogus.1.", "Extension", null })
        {
            Destination d;
            Console.WriteLine((s ?? "null") + " -> " + (Destination.TryParse(s, out d) ? d.ToString() : "invalid"));
        }
    }
}
