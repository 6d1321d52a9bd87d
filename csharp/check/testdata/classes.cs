// Declarations: duplicates (CS0101, CS0111, CS0102), overrides (CS0115), abstract members (CS0534), read-only properties (CS0200).
using System;

class Dup { }
class Dup /* ERROR "CS0101" "The namespace '<global namespace>' already contains a definition for 'Dup'" */ { }

abstract class Animal
{
    public abstract string Sound();
    public virtual string Name => "animal";
}

class Dog /* ERROR "CS0534" "'Dog' does not implement inherited abstract member 'Animal.Sound\\(\\)'" */ : Animal
{
    public override string Nme /* ERROR "CS0115" "'Dog.Nme': no suitable method found to override" */ => "dog";
}

class Cat : Animal
{
    public override string Sound() => "meow";
    public override string Name => "cat";
}

class Twice
{
    int field;
    string field; /* ERROR "CS0102" */
    void M(int a) { }
    void M /* ERROR "CS0111" "Type 'Twice' already defines a member called 'M' with the same parameter types" */ (int b) { }
    void M(string s) { }
    public int ReadOnly { get; }
}

class Program
{
    static void Main()
    {
        var t = new Twice();
        /* ERROR "CS0200" */ t.ReadOnly = 3;
        Console.WriteLine(new Cat().Sound());
    }
}

interface IGreeter
{
    string Greet(string name);
    int Count { get; }
    string Default => "hi";
}

class Greeter /* ERROR "CS0535" "'Greeter' does not implement interface member 'IGreeter.Greet\\(string\\)'" */ : IGreeter
{
    public int Count => 1;
}

class BaseGreeter
{
    public string Greet(string name) => name;
}

class Inherited : BaseGreeter, IGreeter
{
    int IGreeter.Count => 2;
}

class Numbers : System.Collections.Generic.IEnumerable<int>
{
    public System.Collections.Generic.IEnumerator<int> GetEnumerator() { yield return 1; }
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
