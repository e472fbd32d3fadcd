using MfaGrains.Api.Http;
using MfaGrains.Contracts.Accounts;
using MfaGrains.Contracts.References;

namespace MfaGrains.Api.Endpoints;

/// <summary>Finds the grain behind a route value; user ids are normalized the contract's way (lower-cased, invariant).</summary>
public static class Grains
{
    public static IUserGrain User(this IGrainFactory grains, string userId) =>
        grains.Get<IUserGrain>(UserIds.TryNormalize(userId, out var normalized) ? normalized : throw new ArgumentException("Invalid user id.", nameof(userId)));
}
