using MfaGrains.Api.Signatures;
using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Devices;

/// <summary>The key a request must be signed with and the device's owner, or why there is none.</summary>
public sealed record DeviceKey(P256PublicKey? Key, string? OwnerId, MfaErrorCode? Refusal);
