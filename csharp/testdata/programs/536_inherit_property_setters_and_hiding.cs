// checks: property and field stores follow the static type: assigning through a base-typed reference sets the base member a "new" member hides; compound assignment reads and writes the same slot; virtual setters run the override of the static type's slot
using System;
class A { public string Name { get; set; } = "a"; public virtual int V { get; set; } public string F = "af"; }
class B : A { public new string Name { get; set; } = "b"; public override int V { get => base.V * 10; set => base.V = value + 1; } public new string F = "bf"; }
class C : B { public new virtual int V { get; set; } }
class P { static void Main() {
  var b = new B(); A ab = b;
  ab.Name = "set via A"; b.Name = "set via B";
  ab.F = "f via A"; b.F = "f via B";
  Console.WriteLine(ab.Name + " | " + b.Name + " | " + ab.F + " | " + b.F);
  ab.V = 4; Console.WriteLine(ab.V + " " + b.V);
  var c = new C(); A ac = c; B bc = c;
  ac.V = 7; c.V = 100; ac.V += 1;
  Console.WriteLine(ac.V + " " + bc.V + " " + c.V);
}}
