namespace MfaGrains.Load.Stats;

/// <summary>How failures are grouped: HTTP status (or "-") and problem code (or the runner's own name for it).</summary>
public readonly record struct ErrorKey(string StatusCode, string Code)
{
    public override string ToString() => $"{StatusCode} {Code}";
}

/// <summary>How often one kind of failure happened, with one example message.</summary>
public sealed record ErrorCount(ErrorKey Key, long Count, string? Example);
