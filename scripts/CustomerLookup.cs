#nullable disable
using CallFlow;
using System;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using TCX.Configuration;
using TCX.PBXAPI;

namespace dummy
{
    /// <summary>
    /// Use case "do customer lookups based on caller ID and route accordingly".
    /// While the call still rings, the script asks the CRM (route point property CRM_URL) about the
    /// caller: GET {CRM_URL}?phone={caller id}, answered with JSON such as
    /// {"name":"Acme","agent":"102","vip":true}. VIP customers are diverted to their agent,
    /// known customers to the sales ring group (property SALES), unknown callers and CRM failures
    /// take the default route (property FALLBACK, else the operator).
    /// </summary>
    public class CustomerLookup : ScriptBase<CustomerLookup>
    {
        static readonly Regex AgentField = new Regex("\"agent\"\\s*:\\s*\"(?<agent>[0-9]+)\"");
        static readonly Regex NameField = new Regex("\"name\"\\s*:\\s*\"(?<name>[^\"]*)\"");
        static readonly Regex VipField = new Regex("\"vip\"\\s*:\\s*true");

        async Task<string> LookupAsync(string url)
        {
            using (var http = new HttpClient())
            {
                http.Timeout = TimeSpan.FromSeconds(3);
                HttpResponseMessage response = await http.GetAsync(url);
                MyCall.Debug("CRM answered {0}", (int)response.StatusCode);
                if (!response.IsSuccessStatusCode)
                    return null;
                return await response.Content.ReadAsStringAsync();
            }
        }

        Task<CallControlResult> DivertTo(string number)
        {
            DN dn = MyCall.PS.GetDNByNumber(number);
            if (dn == null)
                throw new InvalidOperationException($"destination {number} does not exist");
            return MyCall.DivertAsync(new DestinationStruct(dn));
        }

        public override async void Start()
        {
            await Task.Run(async () =>
            {
                string fallback = MyCall.DN.GetPropertyValue("FALLBACK") ?? MyCall.PS.GetParameterValue("OPERATOR");
                if (!string.IsNullOrEmpty(fallback))
                    MyCall.SetDefaultRoute(fallback, "Reception");
                string callerID = MyCall.Caller?.CallerID ?? "";
                try
                {
                    string url = $"{MyCall.DN.GetPropertyValue("CRM_URL")}?phone={Uri.EscapeDataString(callerID)}";
                    MyCall.Trace("Looking up {0} at {1}", callerID, url);
                    string body = await LookupAsync(url);
                    if (body == null)
                    {
                        MyCall.Info("Caller {0} is not a customer", callerID);
                        MyCall.Return(false);
                        return;
                    }
                    Match name = NameField.Match(body);
                    Match agent = AgentField.Match(body);
                    string customer = name.Success ? name.Groups["name"].Value : callerID;
                    string target = VipField.IsMatch(body) && agent.Success
                        ? agent.Groups["agent"].Value
                        : MyCall.DN.GetPropertyValue("SALES");
                    MyCall.Info("Customer {0} ({1}) goes to {2}", customer, callerID, target);
                    CallControlResult result = await DivertTo(target);
                    MyCall.Info("Diverted: {0}", result);
                    MyCall.Return(true);
                }
                catch (OperationFailed ex)
                {
                    MyCall.Warn("Divert failed: {0}", ex.TheResult);
                    MyCall.Return(false);
                }
                catch (Exception ex)
                {
                    MyCall.Error($"Lookup of {callerID} failed: {ex.Message}");
                    MyCall.Return(false);
                }
            });
        }
    }
}
