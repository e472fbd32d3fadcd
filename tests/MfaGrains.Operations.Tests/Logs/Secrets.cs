namespace MfaGrains.Operations.Tests.Logs;

/// <summary>The secrets a flow handed out, and the assertion that none of them reached the logs.</summary>
public sealed class Secrets
{
    private readonly List<string> _texts = [];
    private readonly List<(string Digits, long From)> _numbers = [];

    /// <summary>The digit secret added last (a challenge's number, right after <see cref="Number"/>), for answering with it.</summary>
    public string LastNumber => _numbers[^1].Digits;

    /// <summary>A secret that must appear nowhere (seed, key, token).</summary>
    public Secrets Text(string secret)
    {
        _texts.Add(secret);
        return this;
    }

    /// <summary>A long digit secret (an activation code) that must never stand as a number.</summary>
    public Secrets Digits(string secret) => Number(secret, 0);

    /// <summary>A digit secret that must not stand as a number in any entry written from <paramref name="from"/> on (before it, it did not exist).</summary>
    public Secrets Number(string secret, long from)
    {
        _numbers.Add((secret, from));
        return this;
    }

    public void AssertAbsentFrom(IReadOnlyList<LogEntry> entries)
    {
        foreach (var text in _texts)
        {
            var found = SecretScan.Containing(entries, text);
            Assert.True(found.Count == 0, $"A secret ({text[..4]}…) is in {found.Count} log entries, e.g.\n{string.Join("\n", found.Take(3))}");
        }

        foreach (var (digits, from) in _numbers)
        {
            var found = SecretScan.MentioningNumber(entries.Where(e => e.Sequence >= from), digits);
            Assert.True(found.Count == 0, $"The number {digits} is in {found.Count} log entries, e.g.\n{string.Join("\n", found.Take(3))}");
        }
    }
}
