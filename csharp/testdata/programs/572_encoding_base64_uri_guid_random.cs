// checks: building HTTP requests and ids in scripts: Encoding.UTF8/ASCII bytes, Base64 basic-auth headers, hex dumps, Uri.EscapeDataString/UnescapeDataString, query strings, Guid parse and formats, seeded Random sequences
using System;
using System.Linq;
using System.Text;

class Program
{
    static void Main()
    {
        string user = "admin", pass = "päss:wörd";
        string token = Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + pass));
        Console.WriteLine("Authorization: Basic " + token);
        string decoded = Encoding.UTF8.GetString(Convert.FromBase64String(token));
        Console.WriteLine(decoded + " " + (decoded == user + ":" + pass) + " " + Encoding.UTF8.GetByteCount(pass) + " " + pass.Length);
        byte[] ascii = Encoding.ASCII.GetBytes("Hé!");
        Console.WriteLine(string.Join(",", ascii) + " " + Encoding.ASCII.GetString(ascii) + " " + BitConverter.ToString(Encoding.UTF8.GetBytes("é€")));
        Console.WriteLine(string.Concat(Encoding.UTF8.GetBytes("SIP").Select(b => b.ToString("x2"))) + " " + Convert.ToBase64String(new byte[0]).Length + " " + Convert.ToBase64String(new byte[] { 255, 254, 253 }) + " " + Convert.ToBase64String(Encoding.UTF8.GetBytes("a")));
        try { Convert.FromBase64String("not base64!"); }
        catch (FormatException) { Console.WriteLine("FormatException"); }

        string q = "name=" + Uri.EscapeDataString("Jürgen Müller & Co") + "&number=" + Uri.EscapeDataString("+49 (30) 1234/5") + "&note=" + Uri.EscapeDataString("50% off; a=b?");
        Console.WriteLine(q);
        Console.WriteLine(Uri.UnescapeDataString(q.Substring(5, q.IndexOf('&') - 5)) + " | " + Uri.UnescapeDataString("%2B49%20%2830%29") + " | " + Uri.UnescapeDataString("100%") + " | " + Uri.EscapeDataString("~-._") + " | " + Uri.EscapeUriString("http://x/a b?c=d e"));
        var uri = new Uri("https://api.example.com:8443/v1/calls/123?state=ringing&ext=100#frag");
        Console.WriteLine(uri.Scheme + " " + uri.Host + " " + uri.Port + " " + uri.AbsolutePath + " " + uri.Query + " " + uri.Fragment + " " + uri.PathAndQuery + " " + uri.Segments.Length + " " + uri.IsDefaultPort);
        var rel = new Uri(new Uri("https://api.example.com/v1/"), "calls/7");
        Console.WriteLine(rel + " " + rel.AbsoluteUri + " " + Uri.IsWellFormedUriString("https://x.org/a", UriKind.Absolute) + " " + Uri.IsWellFormedUriString("not a uri", UriKind.Absolute));

        var g = Guid.Parse("6F9619FF-8B86-D011-B42D-00C04FC964FF");
        Console.WriteLine(g + " " + g.ToString("N") + " " + g.ToString("B") + " " + g.ToString("P").ToUpper() + " " + (g == new Guid("{6f9619ff-8b86-d011-b42d-00c04fc964ff}")) + " " + Guid.Empty);
        Guid parsed;
        Console.WriteLine(Guid.TryParse("xyz", out parsed) + " " + parsed + " " + Guid.TryParse("6f9619ff8b86d011b42d00c04fc964ff", out parsed) + " " + parsed.ToString().Length + " " + string.Join("", g.ToByteArray().Take(4).Select(b => b.ToString("X2"))));

        var rnd = new Random(42);
        Console.WriteLine(string.Join(" ", Enumerable.Range(0, 6).Select(_ => rnd.Next(100))) + " | " + rnd.Next() + " " + rnd.Next(5, 10) + " " + rnd.NextDouble().ToString("F6"));
        var r2 = new Random(2024);
        var buf = new byte[6];
        r2.NextBytes(buf);
        Console.WriteLine(BitConverter.ToString(buf) + " " + r2.Next(1, 7) + r2.Next(1, 7) + r2.Next(1, 7));
        string pin = string.Concat(Enumerable.Range(0, 4).Select(_ => (char)('0' + new Random(7).Next(10))));
        Console.WriteLine(pin + " " + new Random(0).Next(1000) + " " + new Random(-5).Next(1000) + " " + new Random(int.MaxValue).Next(1000));
        var shuffle = new Random(1);
        var exts = new[] { 101, 102, 103, 104, 105 };
        for (int i = exts.Length - 1; i > 0; i--)
        {
            int j = shuffle.Next(i + 1);
            int t = exts[i]; exts[i] = exts[j]; exts[j] = t;
        }
        Console.WriteLine(string.Join(",", exts));
    }
}
