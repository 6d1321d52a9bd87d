// Package eval is rpbench's C# interpreter: the value model, runtime types,
// the compiler from syntax trees to Go closures, exceptions, the async
// runtime (tasks as coroutines on a host loop) and the native-binding
// registry through which library types declared in C# preludes are
// implemented in Go.
//
// # Read this first
//
// Use: create an interpreter with New(Config{Libraries: ..., Host: ...,
// Stdout: ...}), Load the parsed user files, then Run (console programs:
// finds static Main, drains a *VirtualLoop, returns the exit code) or, from a
// host such as callflow, NewObject / CallMethod / InvokeDelegate. Every entry
// from the host runs C# on a coroutine: a goroutine that runs only while
// the caller waits for it (the baton), and parks on await of an incomplete
// task. Await continuations resume inline when the task completes (as .NET
// does without a synchronization context); ContinueWith continuations,
// Task.Run bodies and timer callbacks are posted to the Host in FIFO order.
//
// Values (value.go): Value is a 32-byte struct {Kind, bits, ref}; primitive
// kinds never allocate; strings are Go strings with UTF-16 semantics for
// Length and indexing; structs are *Object copied on store (KStruct).
//
// Native bindings (native.go): library types are C# source with extern
// members; Registry.Register binds "Ns.Type`N.Member(params)" keys to Go
// functions (see the Registry doc for the key format and an example).
// Missing bindings are reported at load time with the exact key expected.
//
// What this package owns (do not duplicate in csharp/dotnet): the prelude
// files in prelude/ — System.Object, ValueType, Enum, Array, Delegate, Type,
// the primitive structs' core members (Parse, TryParse, ToString(format),
// CompareTo, MaxValue/MinValue, char.IsX), String's core members, Console,
// Nullable<T>, ValueTuple, Action/Func/Predicate/Comparison/EventHandler,
// IEnumerable/IEnumerator/IDisposable/IComparable/IEquatable, the exception
// hierarchy (prelude/Exceptions.cs), Task, Task<T>, TaskCompletionSource,
// TaskExtensions.Unwrap, CancellationToken(Source), Timer, Thread.Sleep,
// Interlocked, SemaphoreSlim; System.Array's statics (array_natives.go),
// Enum's statics (enum_natives.go), decimal's statics and the numbers'
// Parse/TryParse with NumberStyles/IFormatProvider (number_natives.go, through
// csharp/bcl). Some of these preludes name types csharp/dotnet declares
// (IComparer<T>, Converter, StringComparison, IFormatProvider, NumberStyles,
// MidpointRounding, TimeSpan): type names resolve lazily, so they bind when
// dotnet is loaded and stay unused otherwise. csharp/dotnet adds further members to these
// types only through new types or extension methods; the formatting of
// {x:F2} goes through Interp.SetFormatHook, decimal through SetDecimalOps.
//
// Exceptions use .NET's two-pass dispatch: throwing first finds the catch
// clause (running `when` filters), then unwinds through finally blocks.
//
// Calls: overloads are chosen when the call runs, from the arguments' static
// types where the compiler knows them (literals, locals, fields, casts, new)
// and their run-time types otherwise; the choice is cached per call site.
// A call to a single non-generic method with plain parameters is compiled
// as a direct call (directCall). An interface-typed receiver prefers the
// explicit implementation (string IA.Who()).
//
// Known deviations from .NET: where static types are not known, overloads
// follow run-time types; query expressions are not supported.
package eval
