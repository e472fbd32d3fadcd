using Microsoft.Extensions.Time.Testing;

namespace MfaGrains.Messaging.Tests.Support;

/// <summary>The one fake clock of a test, shared by the senders, the resilience pipeline and the fakes; it only moves when told.</summary>
internal static class TestClock
{
    public static readonly DateTimeOffset Start = new(2025, 6, 2, 9, 30, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create() => new(Start);
}
