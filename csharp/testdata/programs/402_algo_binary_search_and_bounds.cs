// checks: hand-written lower/upper bound binary search on sorted arrays with duplicates, compared with Array.BinarySearch presence
using System;

class Program
{
    static int LowerBound(int[] a, int x) { int lo = 0, hi = a.Length; while (lo < hi) { int mid = lo + (hi - lo) / 2; if (a[mid] < x) lo = mid + 1; else hi = mid; } return lo; }
    static int UpperBound(int[] a, int x) { int lo = 0, hi = a.Length; while (lo < hi) { int mid = lo + (hi - lo) / 2; if (a[mid] <= x) lo = mid + 1; else hi = mid; } return lo; }

    static void Main()
    {
        int[] a = { 1, 3, 3, 3, 7, 9, 9, 12 };
        foreach (var x in new[] { 0, 1, 3, 4, 9, 12, 13 })
            Console.WriteLine(x + ": lower " + LowerBound(a, x) + " upper " + UpperBound(a, x) + " count " + (UpperBound(a, x) - LowerBound(a, x)) + " found " + (Array.BinarySearch(a, x) >= 0));
        Console.WriteLine(~Array.BinarySearch(a, 8));
    }
}
