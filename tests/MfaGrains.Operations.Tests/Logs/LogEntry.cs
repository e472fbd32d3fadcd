using Microsoft.Extensions.Logging;

namespace MfaGrains.Operations.Tests.Logs;

/// <summary>One captured log call: where it came from, what it said, its structured values and the scopes it was written in.</summary>
public sealed record LogEntry(
    long Sequence,
    string Category,
    LogLevel Level,
    EventId EventId,
    string Message,
    IReadOnlyList<KeyValuePair<string, string>> Values,
    IReadOnlyList<KeyValuePair<string, string>> Scopes,
    string? Exception)
{
    /// <summary>Every text of the entry a reader of the logs could see, each with the name it goes by (<c>message</c> for the rendered line).</summary>
    public IEnumerable<KeyValuePair<string, string>> Texts =>
        [new("message", Message), .. Values, .. Scopes, new("exception", Exception ?? "")];

    /// <summary>The value of a structured property or scope property, if the entry has it.</summary>
    public string? Property(string name) =>
        Values.Concat(Scopes).Where(p => p.Key == name).Select(p => p.Value).FirstOrDefault();

    public override string ToString() =>
        $"#{Sequence} {Level} {Category}[{EventId.Id}]: {Message} {{{string.Join(", ", Values.Concat(Scopes).Select(p => $"{p.Key}={p.Value}"))}}} {Exception}";
}
