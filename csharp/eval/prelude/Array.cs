// System.Array's members beyond Length and GetLength (natives in
// csharp/eval/array_natives.go). The other part of the class is in System.cs.
namespace System
{
    public abstract partial class Array
    {
        public extern int Rank { get; }
        public extern long LongLength { get; }
        public extern int GetUpperBound(int dimension);
        public extern int GetLowerBound(int dimension);
        public extern object GetValue(int index);
        public extern void SetValue(object value, int index);
        public extern object Clone();
        public extern System.Collections.IEnumerator GetEnumerator();
        public extern void CopyTo(Array array, int index);

        public static extern T[] Empty<T>();
        public static extern Array CreateInstance(Type elementType, int length);
        public static extern void Sort<T>(T[] array);
        public static extern void Sort<T>(T[] array, Comparison<T> comparison);
        public static extern void Sort<T>(T[] array, System.Collections.Generic.IComparer<T> comparer);
        public static extern void Sort<T>(T[] array, int index, int length);
        public static extern void Sort<T>(T[] array, int index, int length, System.Collections.Generic.IComparer<T> comparer);
        public static extern void Sort<TKey, TValue>(TKey[] keys, TValue[] items);
        public static extern int BinarySearch<T>(T[] array, T value);
        public static extern int BinarySearch<T>(T[] array, T value, System.Collections.Generic.IComparer<T> comparer);
        public static extern int BinarySearch<T>(T[] array, int index, int length, T value);
        public static extern int IndexOf<T>(T[] array, T value);
        public static extern int IndexOf<T>(T[] array, T value, int startIndex);
        public static extern int IndexOf<T>(T[] array, T value, int startIndex, int count);
        public static extern int LastIndexOf<T>(T[] array, T value);
        public static extern int LastIndexOf<T>(T[] array, T value, int startIndex);
        public static extern void Reverse(Array array);
        public static extern void Reverse(Array array, int index, int length);
        public static extern void Resize<T>(ref T[] array, int newSize);
        public static extern TOutput[] ConvertAll<TInput, TOutput>(TInput[] array, Converter<TInput, TOutput> converter);
        public static extern bool Exists<T>(T[] array, Predicate<T> match);
        public static extern T Find<T>(T[] array, Predicate<T> match);
        public static extern T FindLast<T>(T[] array, Predicate<T> match);
        public static extern T[] FindAll<T>(T[] array, Predicate<T> match);
        public static extern int FindIndex<T>(T[] array, Predicate<T> match);
        public static extern int FindIndex<T>(T[] array, int startIndex, Predicate<T> match);
        public static extern int FindLastIndex<T>(T[] array, Predicate<T> match);
        public static extern bool TrueForAll<T>(T[] array, Predicate<T> match);
        public static extern void ForEach<T>(T[] array, Action<T> action);
        public static extern void Fill<T>(T[] array, T value);
        public static extern void Fill<T>(T[] array, T value, int startIndex, int count);
        public static extern void Copy(Array sourceArray, Array destinationArray, int length);
        public static extern void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length);
        public static extern void ConstrainedCopy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length);
        public static extern void Clear(Array array);
        public static extern void Clear(Array array, int index, int length);
    }
}
