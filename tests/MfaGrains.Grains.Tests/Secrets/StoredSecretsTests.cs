using System.Text.Json;
using MfaGrains.Grains.Hosting;
using MfaGrains.Grains.Secrets;
using MfaGrains.Grains.Tests.Cluster;
using MfaGrains.Grains.Users;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace MfaGrains.Grains.Tests.Secrets;

/// <summary>What reaches storage: the activation code only sealed, the matching number only as a keyed hash.</summary>
[Collection(MfaClusterCollection.Name)]
public sealed class StoredSecretsTests(MfaClusterFixture fixture)
{
    [Fact]
    public async Task Stored_user_state_keeps_the_activation_code_only_sealed_and_the_number_only_hashed()
    {
        var user = new TestUser(fixture);
        await user.EnrolActive();
        var enrolment = await user.StartEnrolment();
        var signIn = await user.SignIn();

        var stored = await ReadStoredUser(user.UserId);

        var json = JsonSerializer.Serialize(stored);
        Assert.DoesNotContain(enrolment.ActivationCode, json, StringComparison.Ordinal);
        Assert.DoesNotContain(signIn.Number, StringValues(JsonDocument.Parse(json).RootElement));

        var sealedCode = stored.Enrolments.Single(e => e.Id == enrolment.EnrolmentId).SealedCode;
        Assert.NotNull(sealedCode);
        Assert.Equal(enrolment.ActivationCode, Protector().Unprotect(SecretPurposes.ActivationCode, sealedCode));

        var challenge = stored.Challenges.Single(c => c.Id == signIn.Challenge.ChallengeId);
        Assert.True(fixture.Hasher.Matches(SecretPurposes.ChallengeNumber, signIn.Number, challenge.NumberHash));
    }

    [Fact]
    public async Task Stored_user_state_keeps_the_push_token_only_sealed()
    {
        var user = new TestUser(fixture);
        var pushToken = "fcm-" + Guid.NewGuid().ToString("N");
        await user.EnrolActive(new TestPhone(DevicePlatform.Android, pushToken));

        var stored = await ReadStoredUser(user.UserId);

        Assert.DoesNotContain(pushToken, JsonSerializer.Serialize(stored), StringComparison.Ordinal);
        var sealedToken = Assert.Single(stored.Devices).SealedPushToken;
        Assert.NotNull(sealedToken);
        Assert.Equal(pushToken, Protector().Unprotect(SecretPurposes.PushToken, sealedToken));
    }

    [Fact]
    public async Task A_resolved_challenge_no_longer_stores_its_numbers_hash()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();
        var signIn = await user.SignIn();
        TestUser.Ok(await user.Grain.AnswerChallenge(phone.Approve(signIn.Challenge.ChallengeId, signIn.Number)), "AnswerChallenge(approve)");

        var stored = await ReadStoredUser(user.UserId);

        Assert.All(stored.Challenges, c => Assert.Equal("", c.NumberHash));
    }

    [Fact]
    public async Task A_resolved_challenge_no_longer_stores_the_context_only_its_phone_was_shown()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();
        var signIn = await user.SignIn();
        Assert.Equal(TestUser.Context, (await ReadStoredUser(user.UserId)).Challenges.Single(c => c.Id == signIn.Challenge.ChallengeId).Context);

        TestUser.Ok(await user.Grain.AnswerChallenge(phone.Approve(signIn.Challenge.ChallengeId, signIn.Number)), "AnswerChallenge(approve)");

        var stored = await ReadStoredUser(user.UserId);
        Assert.All(stored.Challenges, c => Assert.Equal(new ChallengeContext(null, null, null, null), c.Context));
        Assert.DoesNotContain(TestUser.Context.IpAddress!, JsonSerializer.Serialize(stored), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activated_enrolment_no_longer_stores_its_code_even_sealed()
    {
        var user = new TestUser(fixture);
        var enrolment = await user.EnrolUnverified(new TestPhone());

        var stored = await ReadStoredUser(user.UserId);

        Assert.Null(stored.Enrolments.Single(e => e.Id == enrolment.EnrolmentId).SealedCode);
    }

    [Fact]
    public async Task The_activation_code_grain_is_keyed_by_the_codes_hash_never_the_code()
    {
        var user = new TestUser(fixture);
        var enrolment = await user.StartEnrolment();

        Assert.Null(await fixture.Client.GetGrain<IActivationCodeGrain>(enrolment.ActivationCode).Resolve());
        Assert.Equal(enrolment.EnrolmentId, (await user.CodeGrain(enrolment.ActivationCode).Resolve())?.EnrolmentId);
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

    private static IEnumerable<string> StringValues(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => StringValues(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(StringValues),
        _ => [],
    };
}
