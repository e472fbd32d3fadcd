using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MfaGrains.Messaging.Tests.Support;

/// <summary>Keeps every log line at every level, with its structured values and exception, so tests can prove what is and is not logged.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    /// <summary>Everything logged, as one string to search.</summary>
    public string AllText => string.Join('\n', _entries.Select(e => e.Text));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" | ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            var message = formatter(state, exception);
            owner._entries.Enqueue(new CapturedLog(logLevel, category, eventId.Id, message, $"{logLevel} {category}: {message} [{values}] {exception}"));
        }
    }
}

/// <summary>One captured log line; <see cref="Text"/> includes the structured values and the exception.</summary>
internal sealed record CapturedLog(LogLevel Level, string Category, int EventId, string Message, string Text);
