// Tasks, cancellation and timers: the async runtime (Go side in csharp/eval/task*.go).
namespace System.Threading.Tasks
{
    public enum TaskStatus { Created = 0, WaitingForActivation = 1, WaitingToRun = 2, Running = 3, WaitingForChildrenToComplete = 4, RanToCompletion = 5, Canceled = 6, Faulted = 7 }
    [Flags]
    public enum TaskContinuationOptions
    {
        None = 0, PreferFairness = 1, LongRunning = 2, AttachedToParent = 4, DenyChildAttach = 8, HideScheduler = 16,
        LazyCancellation = 32, RunContinuationsAsynchronously = 64,
        NotOnRanToCompletion = 65536, NotOnFaulted = 131072, OnlyOnCanceled = 196608, NotOnCanceled = 262144,
        OnlyOnFaulted = 327680, OnlyOnRanToCompletion = 393216, ExecuteSynchronously = 524288
    }
    [Flags]
    public enum TaskCreationOptions { None = 0, PreferFairness = 1, LongRunning = 2, AttachedToParent = 4, DenyChildAttach = 8, HideScheduler = 16, RunContinuationsAsynchronously = 64 }
    public class Task : IDisposable
    {
        public extern TaskStatus Status { get; }
        public extern bool IsCompleted { get; }
        public extern bool IsCompletedSuccessfully { get; }
        public extern bool IsFaulted { get; }
        public extern bool IsCanceled { get; }
        public extern AggregateException Exception { get; }
        public extern int Id { get; }
        public static extern Task CompletedTask { get; }
        public extern void Wait();
        public extern Task WaitAsync(TimeSpan timeout);
        public extern Task WaitAsync(CancellationToken cancellationToken);
        public extern Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken);
        public extern bool Wait(int millisecondsTimeout);
        public extern bool Wait(TimeSpan timeout);
        public extern TaskAwaiter GetAwaiter();
        public extern ConfiguredTaskAwaitable ConfigureAwait(bool continueOnCapturedContext);
        public extern Task ContinueWith(Action<Task> continuationAction);
        public extern Task ContinueWith(Action<Task> continuationAction, TaskContinuationOptions continuationOptions);
        public extern Task ContinueWith(Action<Task> continuationAction, CancellationToken cancellationToken);
        public extern Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction);
        public extern Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, TaskContinuationOptions continuationOptions);
        public extern Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, CancellationToken cancellationToken);
        public extern void Dispose();
        public static extern Task Run(Action action);
        public static extern Task Run(Func<Task> function);
        public static extern Task<TResult> Run<TResult>(Func<TResult> function);
        public static extern Task<TResult> Run<TResult>(Func<Task<TResult>> function);
        public static extern Task Run(Action action, CancellationToken cancellationToken);
        public static extern Task Run(Func<Task> function, CancellationToken cancellationToken);
        public static extern Task Delay(int millisecondsDelay);
        public static extern Task Delay(TimeSpan delay);
        public static extern Task Delay(int millisecondsDelay, CancellationToken cancellationToken);
        public static extern Task Delay(TimeSpan delay, CancellationToken cancellationToken);
        public static extern Task WhenAll(params Task[] tasks);
        public static extern Task WhenAll(IEnumerable<Task> tasks);
        public static extern Task<TResult[]> WhenAll<TResult>(params Task<TResult>[] tasks);
        public static extern Task<TResult[]> WhenAll<TResult>(IEnumerable<Task<TResult>> tasks);
        public static extern Task<Task> WhenAny(params Task[] tasks);
        public static extern Task<Task> WhenAny(IEnumerable<Task> tasks);
        public static extern Task<Task<TResult>> WhenAny<TResult>(params Task<TResult>[] tasks);
        public static extern void WaitAll(params Task[] tasks);
        public static extern bool WaitAll(Task[] tasks, int millisecondsTimeout);
        public static extern bool WaitAll(Task[] tasks, TimeSpan timeout);
        public static extern int WaitAny(params Task[] tasks);
        public static extern int WaitAny(Task[] tasks, int millisecondsTimeout);
        public static extern int WaitAny(Task[] tasks, TimeSpan timeout);
        public extern TaskCreationOptions CreationOptions { get; }
        public static extern Task<TResult> FromResult<TResult>(TResult result);
        public static extern Task FromException(Exception exception);
        public static extern Task<TResult> FromException<TResult>(Exception exception);
        public static extern Task FromCanceled(CancellationToken cancellationToken);
        public static extern Task<TResult> FromCanceled<TResult>(CancellationToken cancellationToken);
        public static extern YieldAwaitable Yield();
    }
    public class Task<TResult> : Task
    {
        public extern TResult Result { get; }
        public new extern TaskAwaiter<TResult> GetAwaiter();
        public new extern Task<TResult> WaitAsync(TimeSpan timeout);
        public new extern Task<TResult> WaitAsync(CancellationToken cancellationToken);
        public new extern Task<TResult> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken);
        public new extern ConfiguredTaskAwaitable<TResult> ConfigureAwait(bool continueOnCapturedContext);
        public extern Task ContinueWith(Action<Task<TResult>> continuationAction);
        public extern Task ContinueWith(Action<Task<TResult>> continuationAction, TaskContinuationOptions continuationOptions);
        public extern Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction);
        public extern Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, TaskContinuationOptions continuationOptions);
    }
    public static class TaskExtensions
    {
        public static extern Task<TResult> Unwrap<TResult>(this Task<Task<TResult>> task);
        public static extern Task Unwrap(this Task<Task> task);
    }
    public struct TaskAwaiter
    {
        public extern bool IsCompleted { get; }
        public extern void GetResult();
    }
    public struct TaskAwaiter<TResult>
    {
        public extern bool IsCompleted { get; }
        public extern TResult GetResult();
    }
    // ValueTask and ValueTask<TResult> wrap a Task (default: completed, default result).
    public struct ValueTask
    {
        public extern ValueTask(Task task);
        public static extern ValueTask CompletedTask { get; }
        public extern bool IsCompleted { get; }
        public extern bool IsCompletedSuccessfully { get; }
        public extern bool IsFaulted { get; }
        public extern bool IsCanceled { get; }
        public extern Task AsTask();
        public extern TaskAwaiter GetAwaiter();
        public extern ConfiguredTaskAwaitable ConfigureAwait(bool continueOnCapturedContext);
        public static extern ValueTask<TResult> FromResult<TResult>(TResult result);
    }
    public struct ValueTask<TResult>
    {
        public extern ValueTask(TResult result);
        public extern ValueTask(Task<TResult> task);
        public extern TResult Result { get; }
        public extern bool IsCompleted { get; }
        public extern bool IsCompletedSuccessfully { get; }
        public extern bool IsFaulted { get; }
        public extern bool IsCanceled { get; }
        public extern Task<TResult> AsTask();
        public extern TaskAwaiter<TResult> GetAwaiter();
        public extern ConfiguredTaskAwaitable<TResult> ConfigureAwait(bool continueOnCapturedContext);
    }
    // __AwaitDisposer is the resource an await using disposes: its Dispose awaits DisposeAsync (asyncstream.go).
    public sealed class __AwaitDisposer : IDisposable { public extern void Dispose(); }
    public struct ConfiguredTaskAwaitable { public extern TaskAwaiter GetAwaiter(); }
    public struct ConfiguredTaskAwaitable<TResult> { public extern TaskAwaiter<TResult> GetAwaiter(); }
    public struct YieldAwaitable { public extern TaskAwaiter GetAwaiter(); }
    public class TaskCompletionSource<TResult>
    {
        public extern TaskCompletionSource();
        public extern TaskCompletionSource(TaskCreationOptions creationOptions);
        public extern TaskCompletionSource(object state);
        public extern Task<TResult> Task { get; }
        public extern void SetResult(TResult result);
        public extern bool TrySetResult(TResult result);
        public extern void SetException(Exception exception);
        public extern bool TrySetException(Exception exception);
        public extern void SetCanceled();
        public extern bool TrySetCanceled();
        public extern bool TrySetCanceled(CancellationToken cancellationToken);
    }
    public class TaskCompletionSource
    {
        public extern TaskCompletionSource();
        public extern TaskCompletionSource(TaskCreationOptions creationOptions);
        public extern Task Task { get; }
        public extern void SetResult();
        public extern bool TrySetResult();
        public extern void SetException(Exception exception);
        public extern bool TrySetException(Exception exception);
        public extern void SetCanceled();
        public extern bool TrySetCanceled();
    }
    public class TaskCanceledException : OperationCanceledException
    {
        private Task _task;
        public TaskCanceledException() : base("A task was canceled.") { }
        public TaskCanceledException(string message) : base(message) { }
        public TaskCanceledException(string message, Exception innerException) : base(message, innerException) { }
        public TaskCanceledException(Task task) : base("A task was canceled.") { _task = task; }
        public Task Task => _task;
    }
}

namespace System.Runtime.CompilerServices
{
    public interface INotifyCompletion { }
}

namespace System.Threading
{
    public struct CancellationToken
    {
        public static extern CancellationToken None { get; }
        public extern CancellationToken(bool canceled);
        public extern bool IsCancellationRequested { get; }
        public extern bool CanBeCanceled { get; }
        public extern CancellationTokenRegistration Register(Action callback);
        public extern CancellationTokenRegistration Register(Action<object> callback, object state);
        public extern void ThrowIfCancellationRequested();
    }
    public struct CancellationTokenRegistration : IDisposable
    {
        public extern void Dispose();
        public extern bool Unregister();
    }
    public class CancellationTokenSource : IDisposable
    {
        public extern CancellationTokenSource();
        public extern CancellationTokenSource(int millisecondsDelay);
        public extern CancellationTokenSource(TimeSpan delay);
        public extern CancellationToken Token { get; }
        public extern bool IsCancellationRequested { get; }
        public extern void Cancel();
        public extern void Cancel(bool throwOnFirstException);
        public extern void CancelAfter(int millisecondsDelay);
        public extern void CancelAfter(TimeSpan delay);
        public extern bool TryReset();
        public extern Task CancelAsync();
        public extern void Dispose();
        public static extern CancellationTokenSource CreateLinkedTokenSource(CancellationToken token1, CancellationToken token2);
        public static extern CancellationTokenSource CreateLinkedTokenSource(params CancellationToken[] tokens);
    }
    public delegate void TimerCallback(object state);
    public sealed class Timer : IDisposable
    {
        public extern Timer(TimerCallback callback);
        public extern Timer(TimerCallback callback, object state, int dueTime, int period);
        public extern Timer(TimerCallback callback, object state, long dueTime, long period);
        public extern Timer(TimerCallback callback, object state, TimeSpan dueTime, TimeSpan period);
        public extern bool Change(int dueTime, int period);
        public extern bool Change(long dueTime, long period);
        public extern bool Change(TimeSpan dueTime, TimeSpan period);
        public extern void Dispose();
    }
    public static class Timeout
    {
        public const int Infinite = -1;
        public static readonly TimeSpan InfiniteTimeSpan = new TimeSpan(0, 0, 0, 0, -1);
    }
    public static class Thread
    {
        public static extern void Sleep(int millisecondsTimeout);
        public static extern void Sleep(TimeSpan timeout);
    }
    public static class Interlocked
    {
        public static int Increment(ref int location) { location = location + 1; return location; }
        public static int Decrement(ref int location) { location = location - 1; return location; }
        public static long Increment(ref long location) { location = location + 1; return location; }
        public static int Add(ref int location, int value) { location = location + value; return location; }
        public static int Exchange(ref int location, int value) { int old = location; location = value; return old; }
        public static int CompareExchange(ref int location, int value, int comparand) { int old = location; if (old == comparand) location = value; return old; }
    }
    public class SemaphoreSlim : IDisposable
    {
        private int _count;
        private System.Collections.Generic.Queue<TaskCompletionSource<bool>> _waiters;
        public SemaphoreSlim(int initialCount) { _count = initialCount; }
        public SemaphoreSlim(int initialCount, int maxCount) { _count = initialCount; }
        public int CurrentCount => _count;
        public System.Threading.Tasks.Task WaitAsync()
        {
            if (_count > 0) { _count--; return System.Threading.Tasks.Task.CompletedTask; }
            var tcs = new System.Threading.Tasks.TaskCompletionSource<bool>();
            if (_waiters == null) _waiters = new System.Collections.Generic.Queue<System.Threading.Tasks.TaskCompletionSource<bool>>();
            _waiters.Enqueue(tcs);
            return tcs.Task;
        }
        public int Release()
        {
            int old = _count;
            if (_waiters != null && _waiters.Count > 0) _waiters.Dequeue().SetResult(true);
            else _count++;
            return old;
        }
        public void Dispose() { }
    }
}

namespace System.Collections.Generic
{
    using System.Threading;
    using System.Threading.Tasks;

    public interface IAsyncEnumerable<out T>
    {
        IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default(CancellationToken));
    }
    public interface IAsyncEnumerator<out T> : IAsyncDisposable
    {
        T Current { get; }
        ValueTask<bool> MoveNextAsync();
        ValueTask DisposeAsync();
    }
    // __AsyncIterator is what an async iterator method returns (asyncstream.go).
    public sealed class __AsyncIterator<T> : IAsyncEnumerable<T>, IAsyncEnumerator<T>
    {
        public extern IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default(CancellationToken));
        public extern T Current { get; }
        public extern ValueTask<bool> MoveNextAsync();
        public extern ValueTask DisposeAsync();
    }
}
