namespace MfaGrains.Push.Tests.Dispatch;

/// <summary>Tests that measure the process (retained memory) run in this collection, alone, so other tests add no noise.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuredAloneCollection
{
    public const string Name = "Measured alone";
}
