using System.Security.Cryptography;
using MfaGrains.Grains.Secrets;
using MfaGrains.Grains.Tests.Cluster;
using MfaGrains.Grains.Tests.Passcodes;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Orleans.Runtime.Placement;
using Orleans.TestingHost;

namespace MfaGrains.Grains.Tests.Secrets;

/// <summary>A TOTP seed sealed by one silo opens on another that shares the key ring, and is refused loudly by one without its key id.</summary>
// Cheapest honest crossing: live in-process silos, each with its own configuration and SecretProtector, and the user grain migrated between them; two engines one after the other would only repeat the restart test.
public sealed class SecretsAcrossSilosTests(SplitKeyRingClusterFixture fixture) : IClassFixture<SplitKeyRingClusterFixture>
{
    private IManagementGrain Management => fixture.Client.GetGrain<IManagementGrain>(0);

    [Fact]
    public async Task A_seed_sealed_on_one_silo_verifies_on_another_with_the_same_keys()
    {
        var (sealer, reader) = (Silo(SplitKeyRingClusterFixture.Sealer), Silo(SplitKeyRingClusterFixture.Reader));
        Assert.NotSame(Protector(sealer), Protector(reader));
        var user = new TestUser(fixture);
        var totp = await ConfirmedTotpOn(sealer, user);
        await MoveTo(reader, user);

        var verdict = await On(reader, user, grain => grain.VerifyPasscode(NextStepCode(totp)));

        Assert.Equal(new PasscodeVerification(true, PasscodeMethod.Totp, null, totp.TotpId), TestUser.Ok(verdict, "VerifyPasscode on the reading silo"));
    }

    [Fact]
    public async Task A_silo_without_the_seeds_key_id_refuses_naming_the_key_and_uses_nothing_up()
    {
        var (sealer, keyless) = (Silo(SplitKeyRingClusterFixture.Sealer), Silo(SplitKeyRingClusterFixture.Keyless));
        var user = new TestUser(fixture);
        var totp = await ConfirmedTotpOn(sealer, user);
        var code = NextStepCode(totp);
        await MoveTo(keyless, user);

        var refused = await Assert.ThrowsAsync<CryptographicException>(() => user.Grain.VerifyPasscode(code));

        Assert.Contains($"'{TestSecrets.ActiveKeyId}'", refused.Message, StringComparison.Ordinal);
        Assert.Equal([keyless.SiloAddress], await HostsOf(user));
        await MoveTo(sealer, user);
        Assert.True(TestUser.Ok(await On(sealer, user, grain => grain.VerifyPasscode(code)), "VerifyPasscode back on a silo with the key").Valid);
    }

    /// <summary>Creates and confirms a standalone authenticator on <paramref name="silo"/>, which seals its seed there.</summary>
    private async Task<TotpCreated> ConfirmedTotpOn(SiloHandle silo, TestUser user)
    {
        var created = TestUser.Ok(await On(silo, user, grain => grain.CreateTotp()), "CreateTotp");
        var code = TestCodes.At(created.Secret, fixture.Clock.GetUtcNow());
        TestUser.Ok(await On(silo, user, grain => grain.ConfirmTotp(created.TotpId, code)), "ConfirmTotp");
        return created;
    }

    /// <summary>Calls the user grain with a placement hint, so a first activation starts on <paramref name="silo"/>, and checks that it answered from there.</summary>
    private async Task<T> On<T>(SiloHandle silo, TestUser user, Func<IUserGrain, Task<T>> call)
    {
        // Set here, beside the call: a request context set in a callee does not flow back to its caller.
        RequestContext.Set(IPlacementDirector.PlacementHintKey, silo.SiloAddress);
        var result = await call(user.Grain);
        Assert.Equal([silo.SiloAddress], await HostsOf(user));
        return result;
    }

    /// <summary>
    /// Migrates the user's activation to <paramref name="silo"/> and awaits its arrival. A plain deactivation would not do:
    /// the next call follows the callers' cached address and reactivates the grain where it was.
    /// </summary>
    private async Task MoveTo(SiloHandle silo, TestUser user)
    {
        RequestContext.Set(IPlacementDirector.PlacementHintKey, silo.SiloAddress);
        await user.Grain.Cast<IGrainManagementExtension>().MigrateOnIdle();
        await Deadline.Until(() => HostsOf(user), hosts => hosts.SequenceEqual([silo.SiloAddress]), $"user grain {user.UserId} to migrate to {silo.Name}");
    }

    /// <summary>The silos holding an activation of the user grain, from each silo's own catalogue.</summary>
    private async Task<SiloAddress[]> HostsOf(TestUser user)
    {
        var grainId = user.Grain.GetGrainId();
        return [.. (await Management.GetDetailedGrainStatistics()).Where(grain => grain.GrainId == grainId).Select(grain => grain.SiloAddress)];
    }

    /// <summary>The step after the confirming one: unused, and within the ±1 step window without moving the clock.</summary>
    private string NextStepCode(TotpCreated totp) => TestCodes.At(totp.Secret, fixture.Clock.GetUtcNow() + TimeSpan.FromSeconds(30));

    private SiloHandle Silo(string name) => fixture.Cluster.Silos.Single(silo => silo.Name == name);

    private SecretProtector Protector(SiloHandle silo) => fixture.Cluster.GetSiloServiceProvider(silo.SiloAddress).GetRequiredService<SecretProtector>();
}
