// checks: recursive iterators (tree traversal in pre-order and in-order), yield inside nested loops, IEnumerable<T> property iterators
using System;
using System.Collections.Generic;

class Node
{
    public int Value;
    public Node Left, Right;
    public Node(int v, Node l = null, Node r = null) { Value = v; Left = l; Right = r; }

    public IEnumerable<int> InOrder()
    {
        if (Left != null) foreach (var v in Left.InOrder()) yield return v;
        yield return Value;
        if (Right != null) foreach (var v in Right.InOrder()) yield return v;
    }

    public IEnumerable<int> PreOrder
    {
        get
        {
            var stack = new Stack<Node>();
            stack.Push(this);
            while (stack.Count > 0)
            {
                var n = stack.Pop();
                yield return n.Value;
                if (n.Right != null) stack.Push(n.Right);
                if (n.Left != null) stack.Push(n.Left);
            }
        }
    }
}

class Program
{
    static IEnumerable<string> Grid(int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                yield return r + "" + c;
    }

    static void Main()
    {
        var tree = new Node(4, new Node(2, new Node(1), new Node(3)), new Node(6, new Node(5)));
        Console.WriteLine(string.Join(",", tree.InOrder()));
        Console.WriteLine(string.Join(",", tree.PreOrder));
        Console.WriteLine(string.Join(" ", Grid(2, 3)));
    }
}
