namespace MfaGrains.Grains.Prewarm;

/// <summary>A pre-warm job as requested: written once, when it is scheduled.</summary>
[GenerateSerializer, Alias("mfa.PrewarmJobState")]
public sealed class PrewarmJobState
{
    [Id(0)] public List<string> UserIds { get; set; } = [];

    [Id(1)] public DateTimeOffset StartAt { get; set; }

    [Id(2)] public int SpreadSeconds { get; set; }

    /// <summary>Until when warmed grains are kept active: the end of the window plus the configured hold.</summary>
    [Id(3)] public DateTimeOffset HoldUntil { get; set; }
}

/// <summary>How far a pre-warm job got; small, so it is written after every step without rewriting the roster.</summary>
[GenerateSerializer, Alias("mfa.PrewarmProgress")]
public sealed class PrewarmProgress
{
    /// <summary>Ids before this index have been tried.</summary>
    [Id(0)] public int Cursor { get; set; }

    [Id(1)] public int Warmed { get; set; }

    [Id(2)] public int Unknown { get; set; }

    [Id(3)] public int Failed { get; set; }

    [Id(4)] public DateTimeOffset? CompletedAt { get; set; }
}
