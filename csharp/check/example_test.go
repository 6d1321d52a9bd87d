package check_test

import (
	"fmt"

	"rpbench/csharp/check"
	"rpbench/csharp/syntax"
)

// The facade and callflow build one Universe from the parsed preludes of
// every library the program may use (eval's core, dotnet's library,
// callflow's 3CX API) and check each file against it.
func Example() {
	prelude, _ := syntax.ParseFile("System.cs", []byte(`namespace System {
    public class Object { }
    public sealed class String { public extern int Length { get; } }
    public struct Int32 { }
    public static class Console { public static extern void WriteLine(string value); }
}`))
	u := check.NewUniverse([]*syntax.File{prelude})
	src := []byte(`using System;
class Program
{
    static void Main()
    {
        string s = "hi";
        Consle.WriteLine(s.Lenght);
    }
}`)
	for _, d := range u.CheckSource("Program.cs", src) {
		fmt.Println(d)
	}
	// Output:
	// Program.cs(7,9): error CS0103: The name 'Consle' does not exist in the current context (did you mean 'Console'?)
	// Program.cs(7,28): error CS1061: 'string' does not contain a definition for 'Lenght' and no accessible extension method 'Lenght' accepting a first argument of type 'string' could be found (are you missing a using directive or an assembly reference?) (did you mean 'Length'?)
}
