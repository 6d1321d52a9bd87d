// checks: route-point style CRM lookup: HttpClient with a custom HttpMessageHandler returning fixtures (no network), status codes, query parsing
using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

class FixtureHandler : HttpMessageHandler
{
    public int Requests;
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        Requests++;
        var q = request.RequestUri.Query;
        var number = Uri.UnescapeDataString(q.Substring(q.IndexOf('=') + 1));
        Console.WriteLine("  handler: " + request.Method + " " + request.RequestUri.AbsolutePath + " number=" + number);
        if (number == "+4930111") return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"name\":\"ACME\",\"agent\":\"101\"}") });
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("") });
    }
}

class Program
{
    static async Task MainAsync()
    {
        var handler = new FixtureHandler();
        using (var client = new HttpClient(handler) { BaseAddress = new Uri("http://crm.local/") })
        {
            foreach (var n in new[] { "+4930111", "+4930999" })
            {
                var resp = await client.GetAsync("api/lookup?number=" + Uri.EscapeDataString(n));
                Console.WriteLine(n + ": " + (int)resp.StatusCode + " " + resp.StatusCode + " success=" + resp.IsSuccessStatusCode);
                if (resp.IsSuccessStatusCode) Console.WriteLine("  body " + await resp.Content.ReadAsStringAsync());
            }
            var s = await client.GetStringAsync("api/lookup?number=%2B4930111");
            Console.WriteLine("GetStringAsync: " + s.Length + " chars");
            try { await client.GetStringAsync("api/lookup?number=0"); }
            catch (HttpRequestException) { Console.WriteLine("HttpRequestException for 404"); }
        }
        Console.WriteLine("requests: " + handler.Requests);
    }

    static void Main() { MainAsync().GetAwaiter().GetResult(); }
}
