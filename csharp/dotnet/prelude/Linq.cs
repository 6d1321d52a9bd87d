// System.Linq: the common deferred operators are Go sequences (linqseq.go), the rest C# iterators (natives for
// sorting and numeric aggregates in linq.go). OrderBy/ThenBy are stable, as in .NET.
using System.Collections.Generic;

namespace System.Linq
{
    public interface IGrouping<out TKey, out TElement> : IEnumerable<TElement> { TKey Key { get; } }
    public interface IOrderedEnumerable<out TElement> : IEnumerable<TElement> { }

    // GroupBy's groups and ToLookup's result (natives in linqgroup.go).
    public sealed class __Grouping<TKey, TElement> : IGrouping<TKey, TElement>
    {
        public extern TKey Key { get; }
        public extern int Count { get; }
        public extern IEnumerator<TElement> GetEnumerator();
    }

    public interface ILookup<TKey, TElement> : IEnumerable<IGrouping<TKey, TElement>>
    {
        int Count { get; }
        IEnumerable<TElement> this[TKey key] { get; }
        bool Contains(TKey key);
    }

    public sealed class __Lookup<TKey, TElement> : ILookup<TKey, TElement>
    {
        public extern int Count { get; }
        public extern IEnumerable<TElement> this[TKey key] { get; }
        public extern bool Contains(TKey key);
        public extern IEnumerator<IGrouping<TKey, TElement>> GetEnumerator();
    }

    // Native deferred sequences (linqseq.go): Where, Select, Range, OrderBy, ... return these.
    public sealed class __Seq<T> : IEnumerable<T>
    {
        public extern IEnumerator<T> GetEnumerator();
    }
    public sealed class __OrderedSeq<T> : IOrderedEnumerable<T>
    {
        public extern IEnumerator<T> GetEnumerator();
    }
    public sealed class __SeqEnumerator<T> : IEnumerator<T>
    {
        public extern bool MoveNext();
        public extern T Current { get; }
        public extern void Dispose();
        public extern void Reset();
    }

    public static class Enumerable
    {
        private static void __Check(object o, string name) { if (o == null) throw new ArgumentNullException(name); }
        private static extern object __Aggregate(object source, int op);

        // Deferred operators implemented in Go (linqseq.go): arguments are checked at the call,
        // the source is read when the result is enumerated, and again on each enumeration.
        public static extern IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate);
        public static extern IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate);
        public static extern IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector);
        public static extern IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, int, TResult> selector);
        public static extern IEnumerable<TResult> SelectMany<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector);
        public static extern IEnumerable<TResult> SelectMany<TSource, TCollection, TResult>(this IEnumerable<TSource> source, Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector);
        public static extern IEnumerable<TSource> Take<TSource>(this IEnumerable<TSource> source, int count);
        public static extern IEnumerable<TSource> Skip<TSource>(this IEnumerable<TSource> source, int count);
        public static extern IEnumerable<TSource> TakeWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate);
        public static extern IEnumerable<TSource> TakeWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate);
        public static extern IEnumerable<TSource> SkipWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate);
        public static extern IEnumerable<TSource> SkipWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate);
        public static extern IEnumerable<TSource> TakeLast<TSource>(this IEnumerable<TSource> source, int count);
        public static extern IEnumerable<TSource> SkipLast<TSource>(this IEnumerable<TSource> source, int count);
        public static extern IEnumerable<TSource> Concat<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second);
        public static extern IEnumerable<TSource> Append<TSource>(this IEnumerable<TSource> source, TSource element);
        public static extern IEnumerable<TSource> Prepend<TSource>(this IEnumerable<TSource> source, TSource element);
        public static extern IEnumerable<TSource> Reverse<TSource>(this IEnumerable<TSource> source);
        public static extern IEnumerable<TSource> Distinct<TSource>(this IEnumerable<TSource> source);
        public static extern IEnumerable<TSource> Distinct<TSource>(this IEnumerable<TSource> source, IEqualityComparer<TSource> comparer);
        public static extern IEnumerable<TSource> DistinctBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector);
        public static extern IEnumerable<TSource> DistinctBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer);
        public static extern IEnumerable<TSource> Union<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second);
        public static extern IEnumerable<TSource> Union<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer);
        public static extern IEnumerable<TSource> Intersect<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second);
        public static extern IEnumerable<TSource> Intersect<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer);
        public static extern IEnumerable<TSource> Except<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second);
        public static extern IEnumerable<TSource> Except<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer);
        public static extern IEnumerable<int> Range(int start, int count);
        public static extern IEnumerable<TResult> Repeat<TResult>(TResult element, int count);
        public static extern int Count<TSource>(this IEnumerable<TSource> source);
        public static extern bool Any<TSource>(this IEnumerable<TSource> source);
        // OrderBy/ThenBy: keys computed once per element, level by level, then a stable sort.
        public static extern IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector);
        public static extern IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer);
        public static extern IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector);
        public static extern IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer);
        public static extern IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector);
        public static extern IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer);
        public static extern IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector);
        public static extern IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer);
        public static extern IOrderedEnumerable<TSource> Order<TSource>(this IEnumerable<TSource> source);
        // GroupBy (deferred) and ToLookup (immediate): linqgroup.go.
        public static extern IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector);
        public static extern IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer);
        public static extern IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector);
        public static extern IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer);
        public static extern IEnumerable<TResult> GroupBy<TSource, TKey, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TKey, IEnumerable<TSource>, TResult> resultSelector);
        public static extern IEnumerable<TResult> GroupBy<TSource, TKey, TElement, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector);
        public static extern ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector);
        public static extern ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer);
        public static extern ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector);
        public static extern ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer);
        public static extern IEnumerable<TResult> Zip<TFirst, TSecond, TResult>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second, Func<TFirst, TSecond, TResult> resultSelector);
        public static extern IEnumerable<(TFirst First, TSecond Second)> Zip<TFirst, TSecond>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second);
        public static extern IOrderedEnumerable<TSource> OrderDescending<TSource>(this IEnumerable<TSource> source);


        public static bool Any<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            __Check(source, "source"); __Check(predicate, "predicate");
            foreach (var x in source) if (predicate(x)) return true;
            return false;
        }
        public static bool All<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            __Check(source, "source"); __Check(predicate, "predicate");
            foreach (var x in source) if (!predicate(x)) return false;
            return true;
        }
        public static int Count<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            __Check(source, "source"); __Check(predicate, "predicate");
            int n = 0;
            foreach (var x in source) if (predicate(x)) checked { n++; }
            return n;
        }
        public static long LongCount<TSource>(this IEnumerable<TSource> source) => source.Count();
        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value)
        {
            __Check(source, "source");
            foreach (var x in source) if (object.Equals(x, value)) return true;
            return false;
        }
        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value, IEqualityComparer<TSource> comparer)
        {
            __Check(source, "source");
            if (comparer == null) return source.Contains(value);
            foreach (var x in source) if (comparer.Equals(x, value)) return true;
            return false;
        }

        public static TSource First<TSource>(this IEnumerable<TSource> source)
        {
            __Check(source, "source");
            foreach (var x in source) return x;
            throw new InvalidOperationException("Sequence contains no elements");
        }
        public static TSource First<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            __Check(source, "source"); __Check(predicate, "predicate");
            foreach (var x in source) if (predicate(x)) return x;
            throw new InvalidOperationException("Sequence contains no matching element");
        }
        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source)
        {
            __Check(source, "source");
            foreach (var x in source) return x;
            return default(TSource);
        }
        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            __Check(source, "source"); __Check(predicate, "predicate");
            foreach (var x in source) if (predicate(x)) return x;
            return default(TSource);
        }
        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, TSource defaultValue)
        {
            __Check(source, "source");
            foreach (var x in source) return x;
            return defaultValue;
        }
        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate, TSource defaultValue)
        {
            __Check(source, "source"); __Check(predicate, "predicate");
            foreach (var x in source) if (predicate(x)) return x;
            return defaultValue;
        }
        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source, TSource defaultValue)
        {
            __Check(source, "source");
            TSource last = defaultValue;
            foreach (var x in source) last = x;
            return last;
        }
        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate, TSource defaultValue)
        {
            __Check(source, "source"); __Check(predicate, "predicate");
            TSource last = defaultValue;
            foreach (var x in source) if (predicate(x)) last = x;
            return last;
        }
        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source, TSource defaultValue)
        {
            __Check(source, "source");
            int n = 0; TSource r = defaultValue;
            foreach (var x in source) { if (++n > 1) throw new InvalidOperationException("Sequence contains more than one element"); r = x; }
            return r;
        }
        public static TSource Last<TSource>(this IEnumerable<TSource> source)
        {
            __Check(source, "source");
            bool found = false; TSource last = default(TSource);
            foreach (var x in source) { found = true; last = x; }
            if (!found) throw new InvalidOperationException("Sequence contains no elements");
            return last;
        }
        public static TSource Last<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            __Check(source, "source"); __Check(predicate, "predicate");
            bool found = false; TSource last = default(TSource);
            foreach (var x in source) if (predicate(x)) { found = true; last = x; }
            if (!found) throw new InvalidOperationException("Sequence contains no matching element");
            return last;
        }
        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source)
        {
            __Check(source, "source");
            TSource last = default(TSource);
            foreach (var x in source) last = x;
            return last;
        }
        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            __Check(source, "source"); __Check(predicate, "predicate");
            TSource last = default(TSource);
            foreach (var x in source) if (predicate(x)) last = x;
            return last;
        }
        public static TSource Single<TSource>(this IEnumerable<TSource> source)
        {
            __Check(source, "source");
            int n = 0; TSource r = default(TSource);
            foreach (var x in source) { if (++n > 1) throw new InvalidOperationException("Sequence contains more than one element"); r = x; }
            if (n == 0) throw new InvalidOperationException("Sequence contains no elements");
            return r;
        }
        public static TSource Single<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            __Check(source, "source"); __Check(predicate, "predicate");
            int n = 0; TSource r = default(TSource);
            foreach (var x in source) if (predicate(x)) { if (++n > 1) throw new InvalidOperationException("Sequence contains more than one matching element"); r = x; }
            if (n == 0) throw new InvalidOperationException("Sequence contains no matching element");
            return r;
        }
        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source)
        {
            __Check(source, "source");
            int n = 0; TSource r = default(TSource);
            foreach (var x in source) { if (++n > 1) throw new InvalidOperationException("Sequence contains more than one element"); r = x; }
            return r;
        }
        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            __Check(source, "source"); __Check(predicate, "predicate");
            int n = 0; TSource r = default(TSource);
            foreach (var x in source) if (predicate(x)) { if (++n > 1) throw new InvalidOperationException("Sequence contains more than one matching element"); r = x; }
            return r;
        }
        public static TSource ElementAt<TSource>(this IEnumerable<TSource> source, int index)
        {
            __Check(source, "source");
            int i = 0;
            if (index >= 0) foreach (var x in source) if (i++ == index) return x;
            throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
        }
        public static TSource ElementAtOrDefault<TSource>(this IEnumerable<TSource> source, int index)
        {
            __Check(source, "source");
            int i = 0;
            if (index >= 0) foreach (var x in source) if (i++ == index) return x;
            return default(TSource);
        }

        public static List<TSource> ToList<TSource>(this IEnumerable<TSource> source)
        {
            __Check(source, "source");
            return new List<TSource>(source);
        }
        public static TSource[] ToArray<TSource>(this IEnumerable<TSource> source)
        {
            __Check(source, "source");
            return new List<TSource>(source).ToArray();
        }
        public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source)
        {
            __Check(source, "source");
            return new HashSet<TSource>(source);
        }
        public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source, IEqualityComparer<TSource> comparer)
        {
            __Check(source, "source");
            return new HashSet<TSource>(source, comparer);
        }
        public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            __Check(source, "source"); __Check(keySelector, "keySelector");
            var d = new Dictionary<TKey, TSource>();
            foreach (var x in source) d.Add(keySelector(x), x);
            return d;
        }
        public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
        {
            __Check(source, "source"); __Check(keySelector, "keySelector"); __Check(elementSelector, "elementSelector");
            var d = new Dictionary<TKey, TElement>();
            foreach (var x in source) d.Add(keySelector(x), elementSelector(x));
            return d;
        }
        public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            __Check(source, "source"); __Check(keySelector, "keySelector"); __Check(elementSelector, "elementSelector");
            var d = new Dictionary<TKey, TElement>(comparer);
            foreach (var x in source) d.Add(keySelector(x), elementSelector(x));
            return d;
        }



        public static IEnumerable<TSource> DefaultIfEmpty<TSource>(this IEnumerable<TSource> source, TSource defaultValue)
        {
            __Check(source, "source");
            return __DefaultIfEmptyV(source, defaultValue);
        }
        private static IEnumerable<TSource> __DefaultIfEmptyV<TSource>(IEnumerable<TSource> source, TSource defaultValue)
        {
            bool any = false;
            foreach (var x in source) { any = true; yield return x; }
            if (!any) yield return defaultValue;
        }
        public static IEnumerable<TSource> DefaultIfEmpty<TSource>(this IEnumerable<TSource> source)
        {
            __Check(source, "source");
            return __DefaultIfEmpty(source);
        }
        private static IEnumerable<TSource> __DefaultIfEmpty<TSource>(IEnumerable<TSource> source)
        {
            bool any = false;
            foreach (var x in source) { any = true; yield return x; }
            if (!any) yield return default(TSource);
        }
        public static IEnumerable<TResult> Join<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector)
        {
            __Check(outer, "outer"); __Check(inner, "inner"); __Check(outerKeySelector, "outerKeySelector"); __Check(innerKeySelector, "innerKeySelector"); __Check(resultSelector, "resultSelector");
            return __Join(outer, inner, outerKeySelector, innerKeySelector, resultSelector);
        }
        private static IEnumerable<TResult> __Join<TOuter, TInner, TKey, TResult>(IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector)
        {
            var lookup = inner.ToLookup(innerKeySelector);
            foreach (var o in outer)
            {
                var k = outerKeySelector(o);
                if (k == null) continue;
                foreach (var i in lookup[k]) yield return resultSelector(o, i);
            }
        }
        public static IEnumerable<TResult> GroupJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector)
        {
            __Check(outer, "outer"); __Check(inner, "inner"); __Check(outerKeySelector, "outerKeySelector"); __Check(innerKeySelector, "innerKeySelector"); __Check(resultSelector, "resultSelector");
            return __GroupJoin(outer, inner, outerKeySelector, innerKeySelector, resultSelector);
        }
        private static IEnumerable<TResult> __GroupJoin<TOuter, TInner, TKey, TResult>(IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector)
        {
            var lookup = inner.ToLookup(innerKeySelector);
            foreach (var o in outer)
            {
                var k = outerKeySelector(o);
                yield return resultSelector(o, k == null ? new TInner[0] : lookup[k]);
            }
        }
        public static IEnumerable<TSource[]> Chunk<TSource>(this IEnumerable<TSource> source, int size)
        {
            __Check(source, "source");
            if (size < 1) throw new ArgumentOutOfRangeException("size", "Specified argument was out of the range of valid values.");
            return __Chunk(source, size);
        }
        private static IEnumerable<TSource[]> __Chunk<TSource>(IEnumerable<TSource> source, int size)
        {
            var buf = new List<TSource>();
            foreach (var x in source) { buf.Add(x); if (buf.Count == size) { yield return buf.ToArray(); buf = new List<TSource>(); } }
            if (buf.Count > 0) yield return buf.ToArray();
        }
        public static IEnumerable<TResult> Cast<TResult>(this IEnumerable<object> source)
        {
            __Check(source, "source");
            return Enumerable.__Cast<TResult>(source);
        }
        private static IEnumerable<TResult> __Cast<TResult>(IEnumerable<object> source)
        {
            foreach (object x in source) yield return (TResult)x;
        }
        public static IEnumerable<TResult> OfType<TResult>(this IEnumerable<object> source)
        {
            __Check(source, "source");
            return Enumerable.__OfType<TResult>(source);
        }
        private static IEnumerable<TResult> __OfType<TResult>(IEnumerable<object> source)
        {
            foreach (object x in source) if (x is TResult r) yield return r;
        }
        public static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            __Check(first, "first"); __Check(second, "second");
            var a = new List<TSource>(first);
            var b = new List<TSource>(second);
            if (a.Count != b.Count) return false;
            for (int i = 0; i < a.Count; i++) if (!object.Equals(a[i], b[i])) return false;
            return true;
        }
        public static IEnumerable<TResult> Empty<TResult>() => new TResult[0];
        public static IEnumerable<TSource> AsEnumerable<TSource>(this IEnumerable<TSource> source) => source;

        public static TSource Aggregate<TSource>(this IEnumerable<TSource> source, Func<TSource, TSource, TSource> func)
        {
            __Check(source, "source"); __Check(func, "func");
            bool first = true; TSource acc = default(TSource);
            foreach (var x in source) { if (first) { acc = x; first = false; } else acc = func(acc, x); }
            if (first) throw new InvalidOperationException("Sequence contains no elements");
            return acc;
        }
        // Aggregate with a seed: linqgroup.go (the accumulator keeps TAccumulate's type, tuple names included).
        public static extern TAccumulate Aggregate<TSource, TAccumulate>(this IEnumerable<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func);
        public static extern TResult Aggregate<TSource, TAccumulate, TResult>(this IEnumerable<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func, Func<TAccumulate, TResult> resultSelector);

        // Numeric aggregates: one generic declaration each; the native works on
        // the run-time kind of the elements (int, long, float, double, decimal),
        // with .NET's results (int sums are checked, Average of ints is a double).
        public static TSource Sum<TSource>(this IEnumerable<TSource> source) { __Check(source, "source"); return (TSource)__Aggregate(source, 0); }
        public static TResult Sum<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector) { __Check(source, "source"); __Check(selector, "selector"); return (TResult)__Aggregate(source.Select(selector), 0); }
        public static TSource Min<TSource>(this IEnumerable<TSource> source) { __Check(source, "source"); return (TSource)__Aggregate(source, 1); }
        public static TResult Min<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector) { __Check(source, "source"); __Check(selector, "selector"); return (TResult)__Aggregate(source.Select(selector), 1); }
        public static TSource Max<TSource>(this IEnumerable<TSource> source) { __Check(source, "source"); return (TSource)__Aggregate(source, 2); }
        public static TResult Max<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector) { __Check(source, "source"); __Check(selector, "selector"); return (TResult)__Aggregate(source.Select(selector), 2); }
        public static double Average(this IEnumerable<int> source) { __Check(source, "source"); return (double)__Aggregate(source, 3); }
        public static double Average(this IEnumerable<long> source) { __Check(source, "source"); return (double)__Aggregate(source, 3); }
        public static double Average(this IEnumerable<double> source) { __Check(source, "source"); return (double)__Aggregate(source, 3); }
        public static float Average(this IEnumerable<float> source) { __Check(source, "source"); return (float)(double)__Aggregate(source, 3); }
        public static decimal Average(this IEnumerable<decimal> source) { __Check(source, "source"); return (decimal)__Aggregate(source, 4); }
        public static double? Average(this IEnumerable<int?> source) { __Check(source, "source"); return (double?)__Aggregate(source, 6); }
        public static double? Average(this IEnumerable<long?> source) { __Check(source, "source"); return (double?)__Aggregate(source, 6); }
        public static double? Average(this IEnumerable<double?> source) { __Check(source, "source"); return (double?)__Aggregate(source, 6); }
        public static decimal? Average(this IEnumerable<decimal?> source) { __Check(source, "source"); return (decimal?)__Aggregate(source, 7); }
        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) { __Check(source, "source"); __Check(selector, "selector"); return (double)__Aggregate(source.Select(selector), 3); }
        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) { __Check(source, "source"); __Check(selector, "selector"); return (double)__Aggregate(source.Select(selector), 3); }
        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) { __Check(source, "source"); __Check(selector, "selector"); return (double)__Aggregate(source.Select(selector), 3); }
        public static decimal Average<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector) { __Check(source, "source"); __Check(selector, "selector"); return (decimal)__Aggregate(source.Select(selector), 4); }
        public static TSource MaxBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            __Check(source, "source"); __Check(keySelector, "keySelector");
            bool first = true; TSource best = default(TSource); TKey bk = default(TKey);
            foreach (var x in source) { var k = keySelector(x); if (first || Comparer<TKey>.Default.Compare(k, bk) > 0) { best = x; bk = k; first = false; } }
            if (first && default(TSource) != null) throw new InvalidOperationException("Sequence contains no elements");
            return best;
        }
        public static TSource MinBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            __Check(source, "source"); __Check(keySelector, "keySelector");
            bool first = true; TSource best = default(TSource); TKey bk = default(TKey);
            foreach (var x in source) { var k = keySelector(x); if (first || Comparer<TKey>.Default.Compare(k, bk) < 0) { best = x; bk = k; first = false; } }
            if (first && default(TSource) != null) throw new InvalidOperationException("Sequence contains no elements");
            return best;
        }
    }
}
