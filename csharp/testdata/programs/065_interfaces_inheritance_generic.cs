// checks: interface inheritance, generic interfaces IComparable<T>, IEquatable<T>, IEnumerable<T> implemented by a class
using System;
using System.Collections;
using System.Collections.Generic;

interface IEntity { int Id { get; } }
interface INamedEntity : IEntity { string Name { get; } }

class User : INamedEntity, IComparable<User>, IEquatable<User>
{
    public int Id { get; set; }
    public string Name { get; set; }
    public int CompareTo(User other) { return Id.CompareTo(other.Id); }
    public bool Equals(User other) { return other != null && other.Id == Id; }
    public override string ToString() { return Name + "#" + Id; }
}

class Trio : IEnumerable<int>
{
    public IEnumerator<int> GetEnumerator() { yield return 1; yield return 2; yield return 3; }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}

class Program
{
    static void Main()
    {
        var users = new List<User> { new User { Id = 3, Name = "c" }, new User { Id = 1, Name = "a" }, new User { Id = 2, Name = "b" } };
        users.Sort();
        Console.WriteLine(string.Join(", ", users));
        IEntity e = users[0];
        Console.WriteLine(e.Id + " " + (e is INamedEntity));
        Console.WriteLine(users.Contains(new User { Id = 2 }));
        Console.WriteLine(users.IndexOf(new User { Id = 3 }));
        int sum = 0;
        foreach (var x in new Trio()) sum += x;
        Console.WriteLine(sum);
    }
}
