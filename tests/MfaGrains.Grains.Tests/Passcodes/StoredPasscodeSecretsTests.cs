using System.Text.Json;
using MfaGrains.Grains.Hosting;
using MfaGrains.Grains.Passcodes;
using MfaGrains.Grains.Secrets;
using MfaGrains.Grains.Tests.Cluster;
using MfaGrains.Grains.Users;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace MfaGrains.Grains.Tests.Passcodes;

/// <summary>What reaches storage: TOTP seeds only sealed (with their key id), SMS/voice codes only as keyed hashes.</summary>
[Collection(MfaClusterCollection.Name)]
public sealed class StoredPasscodeSecretsTests(MfaClusterFixture fixture)
{
    [Fact]
    public async Task Device_and_standalone_seeds_are_stored_only_sealed()
    {
        var user = new TestUser(fixture);
        var enrolment = await user.StartEnrolment();
        var accepted = TestUser.Ok(await user.Activate(new TestPhone(), enrolment.ActivationCode), "ActivateDevice");
        var created = TestUser.Ok(await user.Grain.CreateTotp(), "CreateTotp");

        var stored = await ReadStoredUser(user.UserId);
        var json = JsonSerializer.Serialize(stored);

        foreach (var seed in new[] { accepted.TotpSecret, created.Secret })
        {
            Assert.DoesNotContain(seed, json, StringComparison.Ordinal);
            Assert.DoesNotContain(Convert.ToBase64String(OtpNet.Base32Encoding.ToBytes(seed)), json, StringComparison.Ordinal);
            Assert.DoesNotContain(Convert.ToHexString(OtpNet.Base32Encoding.ToBytes(seed)), json, StringComparison.OrdinalIgnoreCase);
        }

        var deviceSeed = stored.Devices.Single().TotpSeed!;
        var totpSeed = stored.Passcodes.Totps.Single().Seed;
        Assert.All(new[] { deviceSeed, totpSeed }, s => Assert.Equal(TestSecrets.ActiveKeyId, s.KeyId));
        Assert.Equal(accepted.TotpSecret, TotpSeed.UnsealBase32(Protector(), deviceSeed));
        Assert.Equal(created.Secret, TotpSeed.UnsealBase32(Protector(), totpSeed));
    }

    [Fact]
    public async Task A_sent_code_is_stored_only_as_its_keyed_hash()
    {
        var user = new TestUser(fixture);
        var number = "+447700" + Random.Shared.Next(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        TestUser.Ok(await user.Grain.SetPhoneNumber(number), "SetPhoneNumber");
        TestUser.Ok(await user.Grain.SendPasscode(PhoneChannel.Sms), "SendPasscode");
        var code = Assert.Single(fixture.Passcodes.To(number)).Code;

        var stored = await ReadStoredUser(user.UserId);

        var document = JsonDocument.Parse(JsonSerializer.Serialize(stored)).RootElement;
        Assert.DoesNotContain(code, Values(document));
        Assert.True(fixture.Hasher.Matches(SecretPurposes.PhoneCode, code, stored.Passcodes.PhoneCode!.CodeHash));
    }

    private SecretProtector Protector() => new(Microsoft.Extensions.Options.Options.Create(new SecretsOptions
    {
        LookupKey = fixture.LookupKey,
        EncryptionKeys = new() { [TestSecrets.ActiveKeyId] = fixture.EncryptionKey },
        ActiveEncryptionKeyId = TestSecrets.ActiveKeyId,
    }));

    private async Task<UserState> ReadStoredUser(string userId)
    {
        var storage = fixture.Cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(StorageNames.Mfa);
        var stored = new GrainState<UserState>();
        await storage.ReadStateAsync("user", GrainId.Create("user", userId), stored);
        Assert.True(stored.RecordExists, $"no stored user state for {userId}");
        return stored.State!;
    }

    /// <summary>Every string and number in the document, as text: a code could hide in either.</summary>
    private static IEnumerable<string> Values(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Number => [element.GetRawText()],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Values(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Values),
        _ => [],
    };
}
