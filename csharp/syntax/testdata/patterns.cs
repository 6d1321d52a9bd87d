class P
{
    object M(object o, int n)
    {
        if (o is int i) { }
        if (o is var v) { }
        if (o is string { Length: 0 } empty) { }
        if (o is Point(var px, var py)) { }
        if (o is Point { X: 1, Y: > 0 } pt) { }
        if (o is (1, 2)) { }
        if (o is [1, 2, .., var last]) { }
        if (o is [_, .. var rest]) { }
        if (o is not (string or int)) { }
        if (o is >= 1 and <= 9 or 100) { }
        if (o is A.B.C) { }
        if (o is List<int> l) { }
        if (o is { Inner.Value: 3 }) { }
        if (o is int[] arr) { }
        if (o is (int, int) tup) { }
        if (o is Color.Red or Color.Green) { }
        if (o is "s") { }
        if (o is -1) { }
        switch (o)
        {
            case int x when x > 0: break;
            case string { Length: > 2 }: break;
            case null: break;
            case (int a, int b): break;
            case int: break;
            case Color.Blue: break;
            case var (c, d): break;
        }
        return n switch
        {
            0 => "zero",
            < 0 => "neg",
            int k when k % 2 == 0 => "even",
            var (x, y) when x == y => "draw",
            F(1) => "call",
            _ => "odd",
        };
    }
}
