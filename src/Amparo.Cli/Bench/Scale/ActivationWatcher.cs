using Microsoft.Extensions.Logging;

namespace Amparo.Cli.Bench.Scale;

/// <summary>
/// Waits for the server's own word that start-up woke the active cases' grains: <c>CaseActivationService</c>'s
/// "Engines of {Woken} of {Active} active cases started" (event 3301), logged once every chunk was woken.
/// </summary>
public sealed class ActivationWatcher : ILoggerProvider
{
    private const int WokenEvent = 3301;
    private readonly TaskCompletionSource<(int Woken, int Active)> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The grains woken and the active cases, once start-up woke them.</summary>
    public Task<(int Woken, int Active)> Done => _done.Task;

    public ILogger CreateLogger(string categoryName) => new Watcher(this);

    public void Dispose()
    {
    }

    private sealed class Watcher(ActivationWatcher owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id != WokenEvent || state is not IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                return;
            }

            int Value(string name) => values.FirstOrDefault(v => v.Key == name).Value is int n ? n : -1;
            owner._done.TrySetResult((Value("Woken"), Value("Active")));
        }
    }
}
