// System.Guid and System.Random (natives in guidrandom.go). Guid.NewGuid and
// new Random() draw from the engine's seed, so runs are reproducible;
// new Random(seed) gives .NET's exact sequence for that seed.
namespace System
{
    public struct Guid : IComparable<Guid>, IEquatable<Guid>
    {
        private readonly string _s; // the "D" form; null for Guid.Empty
        public static readonly Guid Empty = default(Guid);
        private Guid(string s, bool canonical) { _s = s == "00000000-0000-0000-0000-000000000000" ? null : s; }
        public Guid(string g) : this(__Parse(g, false), true) { }
        public Guid(byte[] b) : this(__FromBytes(b), true) { }
        public static Guid NewGuid() => new Guid(__New(), true);
        public static Guid Parse(string input) => new Guid(__Parse(input, false), true);
        public static bool TryParse(string input, out Guid result)
        {
            string s = __Parse(input, true);
            result = s == null ? Empty : new Guid(s, true);
            return s != null;
        }
        private string __D => _s ?? "00000000-0000-0000-0000-000000000000";
        public override string ToString() => __D;
        public string ToString(string format) => __Format(__D, format);
        public string ToString(string format, IFormatProvider provider) => __Format(__D, format);
        public byte[] ToByteArray() => __ToBytes(__D);
        public bool Equals(Guid g) => __D == g.__D;
        public override bool Equals(object o) => o is Guid g && __D == g.__D;
        public override int GetHashCode() => __D.GetHashCode();
        public int CompareTo(Guid value) => string.CompareOrdinal(__D, value.__D);
        public static bool operator ==(Guid a, Guid b) => a.__D == b.__D;
        public static bool operator !=(Guid a, Guid b) => a.__D != b.__D;

        private static extern string __New();
        private static extern string __Parse(string s, bool tryOnly);
        private static extern string __Format(string d, string format);
        private static extern byte[] __ToBytes(string d);
        private static extern string __FromBytes(byte[] b);
    }

    public class Random
    {
        public extern Random();
        public extern Random(int Seed);
        public static Random Shared { get; } = new Random();
        public extern virtual int Next();
        public extern virtual int Next(int maxValue);
        public extern virtual int Next(int minValue, int maxValue);
        public extern virtual double NextDouble();
        public extern virtual void NextBytes(byte[] buffer);
        public extern virtual long NextInt64();
        public extern virtual long NextInt64(long maxValue);
        public extern virtual long NextInt64(long minValue, long maxValue);
    }
}
