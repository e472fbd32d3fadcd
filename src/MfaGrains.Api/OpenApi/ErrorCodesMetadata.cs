using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.OpenApi;

/// <summary>Endpoint metadata naming the contract error codes a route can answer.</summary>
public sealed record ErrorCodesMetadata(IReadOnlyList<MfaErrorCode> Codes);
