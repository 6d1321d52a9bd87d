// A route-point script that calls an ActiveConnection extension on a DN
// (it compiled, then threw MissingMethodException on 3CX).
using System;
using System.Threading.Tasks;
using CallFlow;
using TCX.Configuration;
using TCX.PBXAPI;

namespace dummy
{
    public class RP : ScriptBase<RP>
    {
        public override void Start()
        {
            Task.Run(async () =>
            {
                var ok = await MyCall.RouteToAsync(new RouteRequest { Destination = "100" });
                var r = await MyCall.DN.RouteToAsync /* ERROR "CS1929" "requires a receiver of type 'TCX.Configuration.ActiveConnection'" */ (new RouteRequest { Destination = "100" });
                MyCall.Return(true);
            });
        }
    }
}
