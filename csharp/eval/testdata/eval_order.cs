class P {
    static int n;
    static int Next() { return ++n; }
    static void Main() {
        int[] arr = new int[3];
        int i = 0;
        arr[i++] = i++;
        System.Console.WriteLine(arr[0] + " " + i);
        arr[Next()] = Next() * 10;
        System.Console.WriteLine(arr[1] + " " + arr[2]);
    }
}
// Output:
// 1 2
// 20 0
