namespace MfaGrains.Api.Tests.Fuzz;

/// <summary>
/// One generated request, as indexes into the pools of <see cref="FuzzPools"/>: which route, which user and id
/// spellings, body, content type, credentials, method, signature game and query number, and whether the body is chunked.
/// </summary>
public sealed record FuzzCase(int Route, int User, int Id, int Body, int ContentType, int Auth, int Method, int Signature, int Number, bool Chunked, int Seed);
