// System.IO: File, Path and Directory inside the sandbox folder the host gives
// (Options.SandboxDir); without one, every file access is an
// UnauthorizedAccessException. Relative paths are relative to the sandbox;
// paths leaving it are denied. Path follows Linux rules ('/' separator).
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;

namespace System.IO
{
    public static class Path
    {
        public const char DirectorySeparatorChar = '/';
        public const char AltDirectorySeparatorChar = '/';
        public const char PathSeparator = ':';
        public static string Combine(string path1, string path2) => __Combine(new[] { path1, path2 });
        public static string Combine(string path1, string path2, string path3) => __Combine(new[] { path1, path2, path3 });
        public static string Combine(params string[] paths) => __Combine(paths);
        public static extern string GetFileName(string path);
        public static extern string GetFileNameWithoutExtension(string path);
        public static extern string GetExtension(string path);
        public static extern string GetDirectoryName(string path);
        public static extern string ChangeExtension(string path, string extension);
        public static extern bool HasExtension(string path);
        public static extern bool IsPathRooted(string path);
        public static extern string GetTempPath();
        public static extern string GetFullPath(string path);
        private static extern string __Combine(string[] paths);
    }

    public static class File
    {
        public static extern bool Exists(string path);
        public static string ReadAllText(string path) => Encoding.UTF8.GetString(__Read(path));
        public static string ReadAllText(string path, Encoding encoding) => encoding.GetString(__Read(path));
        public static byte[] ReadAllBytes(string path) => __Read(path);
        public static string[] ReadAllLines(string path) => __Lines(ReadAllText(path));
        public static void WriteAllText(string path, string contents) => __Write(path, Encoding.UTF8.GetBytes(contents ?? ""), false);
        public static void WriteAllText(string path, string contents, Encoding encoding) => __Write(path, encoding.GetBytes(contents ?? ""), false);
        public static void WriteAllBytes(string path, byte[] bytes) => __Write(path, bytes, false);
        public static void WriteAllLines(string path, IEnumerable<string> contents) => WriteAllText(path, string.Join("\n", contents) + "\n");
        public static void AppendAllText(string path, string contents) => __Write(path, Encoding.UTF8.GetBytes(contents ?? ""), true);
        public static void AppendAllText(string path, string contents, Encoding encoding) => __Write(path, encoding.GetBytes(contents ?? ""), true);
        public static void AppendAllLines(string path, IEnumerable<string> contents) => AppendAllText(path, string.Join("\n", contents) + "\n");
        public static Task<string> ReadAllTextAsync(string path) => Task.FromResult(ReadAllText(path));
        public static Task WriteAllTextAsync(string path, string contents) { WriteAllText(path, contents); return Task.CompletedTask; }
        public static Task AppendAllTextAsync(string path, string contents) { AppendAllText(path, contents); return Task.CompletedTask; }
        public static extern void Delete(string path);
        public static extern void Copy(string sourceFileName, string destFileName);
        public static extern void Copy(string sourceFileName, string destFileName, bool overwrite);
        public static extern void Move(string sourceFileName, string destFileName);
        private static extern byte[] __Read(string path);
        private static extern void __Write(string path, byte[] data, bool append);
        private static extern string[] __Lines(string text);
    }

    public static class Directory
    {
        public static extern bool Exists(string path);
        public static extern void CreateDirectory(string path);
        public static extern void Delete(string path);
        public static extern void Delete(string path, bool recursive);
        public static string[] GetFiles(string path) => __List(path, "*", true);
        public static string[] GetFiles(string path, string searchPattern) => __List(path, searchPattern, true);
        public static string[] GetDirectories(string path) => __List(path, "*", false);
        public static string GetCurrentDirectory() => "/";
        private static extern string[] __List(string path, string pattern, bool files);
    }
}
