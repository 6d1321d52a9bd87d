// checks: events with += and -=, raising with ?.Invoke, subscriber order, unsubscribing inside a handler affects next raise only
using System;

class Phone
{
    public event Action<char> DigitPressed;
    public event EventHandler Hungup;
    public void Press(char c) { DigitPressed?.Invoke(c); }
    public void HangUp() { Hungup?.Invoke(this, EventArgs.Empty); }
}

class Program
{
    static void Main()
    {
        var p = new Phone();
        string digits = "";
        Action<char> collect = c => digits += c;
        Action<char> log = c => Console.WriteLine("pressed " + c);
        p.DigitPressed += collect;
        p.DigitPressed += log;
        p.Press('1');
        p.Press('2');
        p.DigitPressed -= log;
        p.Press('3');
        Console.WriteLine(digits);
        Action<char> once = null;
        once = c => { Console.WriteLine("once " + c); p.DigitPressed -= once; };
        p.DigitPressed += once;
        p.Press('4');
        p.Press('5');
        Console.WriteLine(digits);
        p.HangUp();
        p.Hungup += (s, e) => Console.WriteLine("hung up, sender is Phone: " + (s is Phone));
        p.HangUp();
    }
}
