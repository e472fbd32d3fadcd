using MfaGrains.Grains.Secrets;
using MfaGrains.Grains.Tests.Cluster;

namespace MfaGrains.Grains.Tests.Secrets;

/// <summary>
/// Three silos over shared storage, each building its secrets from its own configuration: two with the same key ring, as
/// production has it, and one whose ring lacks that key id, as after a botched rollout.
/// </summary>
public sealed class SplitKeyRingClusterFixture : MfaClusterFixture
{
    // InProcessTestCluster names its silos Silo_0, Silo_1, … in start order.
    public const string Sealer = "Silo_0";
    public const string Reader = "Silo_1";
    public const string Keyless = "Silo_2";

    public SplitKeyRingClusterFixture()
        : base(silos: 3)
    {
    }

    protected override Dictionary<string, string?> SecretsOf(string siloName)
    {
        var secrets = base.SecretsOf(siloName);
        if (siloName == Keyless)
        {
            secrets.Remove($"{SecretsOptions.Section}:EncryptionKeys:{TestSecrets.ActiveKeyId}");
            secrets[$"{SecretsOptions.Section}:EncryptionKeys:k2"] = TestSecrets.RandomKey();
            secrets[$"{SecretsOptions.Section}:ActiveEncryptionKeyId"] = "k2";
        }

        return secrets;
    }
}
