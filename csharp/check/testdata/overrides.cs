// Overrides: CS0506 (not virtual), CS0507 (access), CS0508 (return type),
// CS1715 (property type), CS0239 (sealed), CS0115 (nothing to override).
using System;

class Animal
{
    public void Eat() { }
    protected virtual void Sleep() { }
    public virtual int Legs() => 4;
    public virtual string Name { get; set; }
    public virtual Animal Clone() => new Animal();
    protected internal virtual void Both() { }
}

class Dog : Animal
{
    public override void Eat /* ERROR "CS0506" "'Dog.Eat\\(\\)': cannot override inherited member 'Animal.Eat\\(\\)' because it is not marked virtual, abstract, or override" */ () { }
    public override void Sleep /* ERROR "CS0507" "'Dog.Sleep\\(\\)': cannot change access modifiers when overriding 'protected' inherited member 'Animal.Sleep\\(\\)'" */ () { }
    public override long Legs /* ERROR "CS0508" "'Dog.Legs\\(\\)': return type must be 'int' to match overridden member 'Animal.Legs\\(\\)'" */ () => 4;
    public override int Name /* ERROR "CS1715" */ { get; set; }
    public override Dog Clone() => new Dog();
    protected internal override void Both() { }
    public override void Run /* ERROR "CS0115" */ () { }
}

class Puppy : Dog
{
    public sealed override Dog Clone() => new Puppy();
}

class Tiny : Puppy
{
    public override Dog Clone /* ERROR "CS0239" */ () => new Tiny();
}

abstract class Shape
{
    public abstract double Area();
    public virtual string Name() => "shape";
    public int Sides() => 0;
    protected virtual void Hook() { }
}

class Square /* ERROR "CS0534" */ : Shape
{
    public double Area /* ERROR "CS0533" "'Square.Area\\(\\)' hides inherited abstract member 'Shape.Area\\(\\)'" */ () => 1;
    public string Name /* ERROR "CS0114" "'Square.Name\\(\\)' hides inherited member 'Shape.Name\\(\\)'. To make the current member override that implementation, add the override keyword" */ () => "square";
    public int Sides /* ERROR "CS0108" "Use the new keyword if hiding was intended" */ () => 4;
    public new void Hook() { }
    public int Sides(int scale) => 4 * scale;
}

class Program
{
    static void Main() { }
}
