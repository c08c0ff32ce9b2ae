using Microsoft.Extensions.Logging;

namespace Amparo.Cli.Bench.Engine;

/// <summary>
/// Counts the errors Amparo logs during the bench, and among them the intake's "the engine could not evaluate a
/// message" (event 3102): a fix acknowledged despite that was stored but not evaluated, and is not counted as such.
/// </summary>
public sealed class LoggedErrorCounter : ILoggerProvider
{
    private const int EngineFailedEvent = 3102;
    private long _errors;
    private long _engineFailures;
    private string? _first;

    public long Errors => Interlocked.Read(ref _errors);

    public long EngineFailures => Interlocked.Read(ref _engineFailures);

    /// <summary>The first error's message, to show why.</summary>
    public string? First => Volatile.Read(ref _first);

    public ILogger CreateLogger(string categoryName) => new Counter(this);

    public void Dispose()
    {
    }

    private sealed class Counter(LoggedErrorCounter owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            Interlocked.Increment(ref owner._errors);
            if (eventId.Id == EngineFailedEvent)
            {
                Interlocked.Increment(ref owner._engineFailures);
            }

            Interlocked.CompareExchange(ref owner._first, formatter(state, exception) + (exception is null ? "" : ": " + exception.Message), null);
        }
    }
}
