using System.Text.RegularExpressions;

namespace MfaGrains.Operations.Tests.Logs;

/// <summary>Looks for secrets in captured log entries: text secrets anywhere, digit secrets only where they stand as a whole number.</summary>
public static class SecretScan
{
    // Values that are numbers by nature and never a secret: without this a challenge number of 201 would "appear" in
    // every "Request finished ... 201" line. The rendered message is then read through its template instead.
    private static readonly HashSet<string> NumericFacts = ["StatusCode", "ElapsedMilliseconds", "ContentLength"];

    /// <summary>Entries in which <paramref name="secret"/> appears anywhere (seeds, API keys).</summary>
    public static List<LogEntry> Containing(IEnumerable<LogEntry> entries, string secret) =>
        [.. entries.Where(entry => Texts(entry).Any(text => text.Contains(secret, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>
    /// Entries in which the digits <paramref name="number"/> stand as a number of their own: not inside a longer run of digits,
    /// an identifier, a time, an address or a version (so <c>chl_a123b</c>, <c>12:34:56.123</c> and <c>1.123</c> do not count).
    /// </summary>
    public static List<LogEntry> MentioningNumber(IEnumerable<LogEntry> entries, string number)
    {
        var pattern = new Regex($@"(?<![\w.:/\-+]){Regex.Escape(number)}(?![\w:/\-+]|\.\d)", RegexOptions.CultureInvariant);
        return [.. entries.Where(entry => Texts(entry).Any(pattern.IsMatch))];
    }

    /// <summary>What a reader of the entry sees, with values that are numbers by nature left out.</summary>
    private static IEnumerable<string> Texts(LogEntry entry)
    {
        var template = entry.Property("{OriginalFormat}");
        var hasFacts = template is not null && entry.Values.Any(v => NumericFacts.Contains(v.Key));
        var message = hasFacts ? template! : entry.Message;
        var values = entry.Values.Where(v => !NumericFacts.Contains(v.Key)).Select(v => v.Value);
        return [message, .. values, .. entry.Scopes.Select(s => s.Value), entry.Exception ?? ""];
    }
}
