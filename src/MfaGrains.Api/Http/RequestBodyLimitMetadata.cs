namespace MfaGrains.Api.Http;

/// <summary>Endpoint metadata that raises <see cref="RequestBodyLimit"/>'s cap for that route only.</summary>
public sealed record RequestBodyLimitMetadata(int MaxBytes);
