class A { public string Name = "A.field"; public string N() { return "A.N"; } public virtual string V() { return "A.V"; } }
class B : A { public new string Name = "B.field"; public new string N() { return "B.N"; } public override string V() { return "B.V"; } }
class P {
    static void Main() {
        B b = new B();
        A ab = b;
        System.Console.WriteLine(b.Name + " " + ab.Name + " " + ((A)b).Name);
        System.Console.WriteLine(b.N() + " " + ab.N() + " " + b.V() + " " + ab.V());
    }
}
// Output:
// B.field A.field A.field
// B.N A.N B.V B.V
