// checks: System.IO.Path string functions (Combine, GetFileName, GetFileNameWithoutExtension, GetExtension, ChangeExtension, GetDirectoryName) with fixed-date file names
using System;
using System.IO;

class Program
{
    static void Main()
    {
        var when = new DateTime(2024, 11, 5, 14, 3, 9);
        string caller = "+4930123";
        string name = string.Format("{0:yyyyMMdd_HHmmss}_{1}.wav", when, caller.TrimStart('+'));
        string path = Path.Combine("recordings", "2024", name);
        Console.WriteLine(path);
        Console.WriteLine(Path.GetFileName(path) + " | " + Path.GetFileNameWithoutExtension(path) + " | " + Path.GetExtension(path));
        Console.WriteLine(Path.ChangeExtension(path, ".mp3") + " | " + Path.GetDirectoryName(path));
        Console.WriteLine(Path.Combine("a", "/abs", "b") + " | " + Path.Combine("x", "") + " | " + Path.HasExtension("noext"));
        Console.WriteLine(Path.GetExtension("archive.tar.gz") + " " + Path.GetFileNameWithoutExtension("archive.tar.gz"));
    }
}
