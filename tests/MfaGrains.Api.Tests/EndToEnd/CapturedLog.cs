using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>Keeps every log entry of the engine's own categories (debug and up), message and structured values, so tests can look for secrets in them.</summary>
public sealed class CapturedLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    /// <summary>Each entry as its rendered message followed by every structured value.</summary>
    public IReadOnlyList<string> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" | ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            log._entries.Enqueue($"{category}: {formatter(state, exception)} [{values}] {exception}");
        }
    }
}
