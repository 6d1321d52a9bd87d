// checks: a hand-written singly linked list (insert, reverse, remove) and a small stack-based bytecode interpreter
using System;
using System.Collections.Generic;
using System.Text;

class Node<T> { public T Val; public Node<T> Next; }

class MyList<T>
{
    Node<T> head;
    public void AddFirst(T v) { head = new Node<T> { Val = v, Next = head }; }
    public void AddLast(T v)
    {
        var n = new Node<T> { Val = v };
        if (head == null) { head = n; return; }
        var cur = head; while (cur.Next != null) cur = cur.Next; cur.Next = n;
    }
    public void Reverse()
    {
        Node<T> prev = null, cur = head;
        while (cur != null) { var next = cur.Next; cur.Next = prev; prev = cur; cur = next; }
        head = prev;
    }
    public bool Remove(T v)
    {
        Node<T> prev = null;
        for (var cur = head; cur != null; prev = cur, cur = cur.Next)
            if (EqualityComparer<T>.Default.Equals(cur.Val, v)) { if (prev == null) head = cur.Next; else prev.Next = cur.Next; return true; }
        return false;
    }
    public override string ToString()
    {
        var sb = new StringBuilder("[");
        for (var cur = head; cur != null; cur = cur.Next) { sb.Append(cur.Val); if (cur.Next != null) sb.Append(" -> "); }
        return sb.Append("]").ToString();
    }
}

class Program
{
    static long Run(string program)
    {
        var stack = new Stack<long>();
        foreach (var tok in program.Split(' '))
        {
            switch (tok)
            {
                case "add": stack.Push(stack.Pop() + stack.Pop()); break;
                case "mul": stack.Push(stack.Pop() * stack.Pop()); break;
                case "sub": { var b = stack.Pop(); var a = stack.Pop(); stack.Push(a - b); break; }
                case "dup": stack.Push(stack.Peek()); break;
                case "swap": { var b = stack.Pop(); var a = stack.Pop(); stack.Push(b); stack.Push(a); break; }
                default: stack.Push(long.Parse(tok)); break;
            }
        }
        return stack.Pop();
    }

    static void Main()
    {
        var l = new MyList<int>();
        for (int i = 1; i <= 5; i++) l.AddLast(i);
        l.AddFirst(0);
        Console.WriteLine(l);
        l.Reverse();
        Console.WriteLine(l);
        Console.WriteLine(l.Remove(5) + " " + l.Remove(0) + " " + l.Remove(42) + " " + l);
        Console.WriteLine(new MyList<string>());
        Console.WriteLine(Run("2 3 add 4 mul") + " " + Run("10 3 sub dup mul") + " " + Run("1 2 swap sub"));
    }
}
