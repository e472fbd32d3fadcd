using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace MfaGrains.Operations.Tests.Logs;

/// <summary>A logger provider that keeps every entry of every category at every level, with its structured values and scopes.</summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();
    private long _sequence;

    /// <summary>Everything captured so far, oldest first.</summary>
    public IReadOnlyList<LogEntry> Entries => [.. _entries.OrderBy(e => e.Sequence)];

    /// <summary>The sequence number the next entry will get: entries from a point in the test on are those at or after it.</summary>
    public long Mark => Interlocked.Read(ref _sequence) + 1;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private static IEnumerable<KeyValuePair<string, string>> Pairs(object? state, string unnamed) => state switch
    {
        null => [],
        IEnumerable<KeyValuePair<string, object?>> pairs => pairs.Select(p => new KeyValuePair<string, string>(p.Key, Text(p.Value))),
        _ => [new(unnamed, Text(state))],
    };

    private static string Text(object? value) => value switch
    {
        null => "",
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Text)),
        _ => value.ToString() ?? "",
    };

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => capture._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<KeyValuePair<string, string>>();
            capture._scopes.ForEachScope((scope, list) => list.AddRange(Pairs(scope, "scope")), scopes);
            var sequence = Interlocked.Increment(ref capture._sequence);
            capture._entries.Enqueue(new LogEntry(
                sequence, category, logLevel, eventId, formatter(state, exception), [.. Pairs(state, "state")], scopes, exception?.ToString()));
        }
    }
}
