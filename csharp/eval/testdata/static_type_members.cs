using System;
class A {
  public virtual string P => "A.P";
  public string Q => "A.Q";
  public string this[int i] => "A[" + i + "]";
  public virtual string R { get { return "A.R"; } }
  public static string S => "A.S";
}
class B : A {
  public override string P => "B.P";
  public new string Q => "B.Q";
  public new string this[int i] => "B[" + i + "]";
  public new virtual string R { get { return "B.R"; } }
}
class C : B {
  public override string R { get { return "C.R"; } }
}
interface IGreet { string Hi() => "default hi"; string Name { get; } }
class G : IGreet { public string Name => "g"; }
class H : IGreet { public string Name => "h"; public string Hi() => "custom hi"; }
class P {
  static void Main() {
    B b = new B(); A ab = b;
    Console.WriteLine(b.P + " " + ab.P + " " + b.Q + " " + ab.Q + " " + b[1] + " " + ab[1]);
    C c = new C(); A ac = c; B bc = c;
    Console.WriteLine(ac.R + " " + bc.R + " " + c.R);
    IGreet g = new G(), h = new H();
    Console.WriteLine(g.Hi() + " " + h.Hi() + " " + g.Name);
    Func<A, string> f = x => x.Q;
    Console.WriteLine(f(b));
  }
}
// Output:
// B.P B.P B.Q A.Q B[1] A[1]
// A.R C.R C.R
// default hi custom hi g
// A.Q
