namespace My.App;

using System;

public class Program
{
    public static void Main(string[] args) => Console.WriteLine("hi");
}
