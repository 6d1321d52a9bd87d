using System;
class Program {
    static void Main() {
        var agg = new AggregateException(new InvalidOperationException("one"), new ArgumentException("two"));
        var nested = new AggregateException(agg, new FormatException("three"));
        var flat = nested.Flatten();
        foreach (var e in flat.InnerExceptions) Console.WriteLine("flat: " + e.Message);
        try {
            agg.Handle(e => e is InvalidOperationException);
        } catch (AggregateException rest) {
            Console.WriteLine("left: " + rest.InnerExceptions.Count + " " + rest.InnerExceptions[0].Message);
        }
        agg.Handle(e => true);
        Console.WriteLine("all handled");
    }
}
// Output:
// flat: three
// flat: one
// flat: two
// left: 1 two
// all handled
