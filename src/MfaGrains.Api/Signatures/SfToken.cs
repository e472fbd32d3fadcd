namespace MfaGrains.Api.Signatures;

/// <summary>An RFC 8941 token; kept apart from strings because the two serialize differently.</summary>
public sealed record SfToken(string Value);
