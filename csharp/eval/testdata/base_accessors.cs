class W {
    public virtual int this[int i] { get { return i; } }
    protected virtual int Size { get; set; } = 1;
    public int GetSize() { return Size; }
}
class B : W {
    public override int this[int i] { get { return base[i] * 10; } }
    protected override int Size { get { return base.Size + 100; } set { base.Size = value; } }
    public void Grow() { Size = 5; base.Size += 1; }
}
class P {
    static void Main() {
        W w = new B();
        System.Console.WriteLine(w[3] + " " + w.GetSize());
        ((B)w).Grow();
        System.Console.WriteLine(w.GetSize());
    }
}
// Output:
// 30 101
// 106
