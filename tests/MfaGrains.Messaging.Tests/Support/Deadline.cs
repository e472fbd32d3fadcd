namespace MfaGrains.Messaging.Tests.Support;

/// <summary>How long any one awaited step may take before the test fails with a message instead of hanging.</summary>
internal static class Deadline
{
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(15);
}
