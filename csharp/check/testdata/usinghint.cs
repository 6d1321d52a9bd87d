// A type or an extension method of a namespace that is not imported: the hint names the using directive.
using System;
using CallFlow;

class Script : ScriptBase<Script>
{
    public override async void Start()
    {
        /* ERROR "CS0246" "\\(add 'using TCX.PBXAPI;'\\)" */ RouteRequest r = null;
        await MyCall.RouteToAsync /* ERROR "CS1061" "\\(add 'using TCX.PBXAPI;'\\)" */ (r);
        var list = new System.Collections.Generic.List<int>();
        Console.WriteLine(list.Sum /* ERROR "CS1061" "\\(add 'using System.Linq;'\\)" */ ());
    }
}
