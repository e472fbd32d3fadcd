using MfaGrains.Grains.Secrets;
using MfaGrains.Grains.Tests.Cluster;

namespace MfaGrains.Grains.Tests.Secrets;

/// <summary>Keyed hashes make short secrets (9-digit codes, 2-digit numbers) usable as lookup keys without revealing them.</summary>
public sealed class SecretHasherTests
{
    private readonly string _key = TestSecrets.RandomKey();

    [Fact]
    public void The_same_key_purpose_and_value_always_hash_alike()
    {
        var hash = TestSecrets.Hasher(_key).Hash(SecretPurposes.ActivationCode, "622796292");

        Assert.Equal(hash, TestSecrets.Hasher(_key).Hash(SecretPurposes.ActivationCode, "622796292"));
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    [Fact]
    public void Another_key_gives_another_hash_so_the_hash_cannot_be_brute_forced_without_it()
    {
        Assert.NotEqual(
            TestSecrets.Hasher(_key).Hash(SecretPurposes.ActivationCode, "622796292"),
            TestSecrets.Hasher().Hash(SecretPurposes.ActivationCode, "622796292"));
    }

    [Fact]
    public void Purposes_keep_the_hashes_of_equal_values_apart()
    {
        var hasher = TestSecrets.Hasher(_key);

        Assert.NotEqual(hasher.Hash(SecretPurposes.ActivationCode, "47"), hasher.Hash(SecretPurposes.ChallengeNumber, "47"));
    }

    [Fact]
    public void Matches_accepts_only_the_hashed_value_for_its_purpose()
    {
        var hasher = TestSecrets.Hasher(_key);
        var hash = hasher.Hash(SecretPurposes.ChallengeNumber, "47");

        Assert.True(hasher.Matches(SecretPurposes.ChallengeNumber, "47", hash));
        Assert.False(hasher.Matches(SecretPurposes.ChallengeNumber, "48", hash));
        Assert.False(hasher.Matches(SecretPurposes.ActivationCode, "47", hash));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("00")]
    public void Matches_refuses_a_stored_hash_of_the_wrong_length(string storedHash)
    {
        Assert.False(TestSecrets.Hasher(_key).Matches(SecretPurposes.ChallengeNumber, "47", storedHash));
    }
}
