// System.Environment (natives in environment.go). Values come from the engine,
// never from the machine: NewLine is "\n" (3CX V20 runs on Linux), TickCount
// is derived from the host loop's clock.
namespace System
{
    public static class Environment
    {
        public static string NewLine => "\n";
        public static extern int TickCount { get; }
        public static extern long TickCount64 { get; }
        public static string MachineName => "rpbench";
        public static int ProcessorCount => 1;
        public static int CurrentManagedThreadId => 1;
        public static bool Is64BitProcess => true;
        public static string UserName => "rpbench";
        public static extern string GetEnvironmentVariable(string variable);
        public static extern void Exit(int exitCode);
        public static extern string[] GetCommandLineArgs();
    }
}
