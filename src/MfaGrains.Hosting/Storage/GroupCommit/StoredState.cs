namespace MfaGrains.Hosting.Storage.GroupCommit;

/// <summary>A grain state row as read: its payload (null once cleared) and its version, Orleans' ETag.</summary>
public sealed record StoredState(byte[]? Payload, int Version);
