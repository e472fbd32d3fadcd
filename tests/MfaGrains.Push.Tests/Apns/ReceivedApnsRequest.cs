namespace MfaGrains.Push.Tests.Apns;

/// <summary>A request the fake APNs accepted after every check, kept so tests can assert on the exact wire form and, on the fake's clock, its arrival.</summary>
internal sealed record ReceivedApnsRequest(
    string Protocol,
    string DeviceToken,
    string ConnectionId,
    string ProviderToken,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body,
    FakeApnsReply Reply,
    DateTimeOffset ReceivedAt);
