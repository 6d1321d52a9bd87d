using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

class Program
{
    static async Task Main()
    {
        Console.WriteLine(Uri.EscapeDataString("a b&c=d/é") + " " + Uri.UnescapeDataString("a%20b"));
        Console.WriteLine(WebUtility.UrlEncode("x y&z") + " " + WebUtility.HtmlEncode("<b>'hi'</b>"));
        var u = new Uri("https://crm.example.com:8443/api/lookup?number=%2B4930#top");
        Console.WriteLine(u.Scheme + " " + u.Host + " " + u.Port + " " + u.AbsolutePath + " " + u.Query + " " + u.Fragment);
        var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "t0k");
        var json = await client.GetStringAsync("https://crm.example.com/api/lookup?number=" + Uri.EscapeDataString("+4930"));
        Console.WriteLine(json);
        var resp = await client.PostAsync("https://crm.example.com/api/calls", new StringContent("hello", Encoding.UTF8, "text/plain"));
        // (await kept out of the concatenation: csharp/eval loses the next call's receiver after
        //  `a + " " + await t` in an argument; reported to eval)
        var text = await resp.Content.ReadAsStringAsync();
        Console.WriteLine((int)resp.StatusCode + " " + resp.IsSuccessStatusCode + " " + text);
        var missing = await client.GetAsync("https://crm.example.com/missing/1");
        Console.WriteLine(missing.StatusCode + " " + missing.ReasonPhrase);
        try { missing.EnsureSuccessStatusCode(); } catch (HttpRequestException e) { Console.WriteLine(e.Message); }

        File.WriteAllText("calls.log", "first\n");
        File.AppendAllText("calls.log", "second\n");
        Console.WriteLine(File.Exists("calls.log") + " " + File.ReadAllLines("calls.log").Length + " " + File.ReadAllText("calls.log").Trim());
        Directory.CreateDirectory("data");
        File.WriteAllText(Path.Combine("data", "a.txt"), "x");
        Console.WriteLine(string.Join(",", Directory.GetFiles("data")) + " " + Directory.Exists("data") + " " + Directory.Exists("nope"));
        Console.WriteLine(Path.GetFileName("/var/x/report.csv") + " " + Path.GetExtension("a.b.txt") + " " + Path.GetFileNameWithoutExtension("a.b.txt") + " " + Path.GetDirectoryName("dir/sub/f.txt") + " " + Path.Combine("a", "b", "c.txt"));
        try { File.ReadAllText("../etc/passwd"); } catch (UnauthorizedAccessException e) { Console.WriteLine(e.Message); }
        try { File.ReadAllText("none.txt"); } catch (FileNotFoundException e) { Console.WriteLine(e.Message); }
    }
}
// Output:
// a%20b%26c%3Dd%2F%C3%A9 a b
// x+y%26z &lt;b&gt;&#39;hi&#39;&lt;/b&gt;
// https crm.example.com 8443 /api/lookup ?number=%2B4930 #top
// {"method":"GET","url":"https://crm.example.com/api/lookup?number=%2B4930","auth":"Bearer t0k","body":""}
// 200 True {"method":"POST","url":"https://crm.example.com/api/calls","auth":"Bearer t0k","body":"hello"}
// NotFound Not Found
// Response status code does not indicate success: 404 (Not Found).
// True 2 first
// second
// data/a.txt True False
// report.csv .txt a.b dir/sub a/b/c.txt
// Access to the path '../etc/passwd' is denied.
// Could not find file 'none.txt'.
