using MfaGrains.Grains.Hosting;
using MfaGrains.Grains.Options;
using MfaGrains.Hosting.Storage;
using MfaGrains.Grains.Secrets;
using MfaGrains.Messaging.Sending;
using MfaGrains.Push.Dispatch;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace MfaGrains.Grains.Tests.Cluster;

/// <summary>
/// One in-process cluster of two silos for the whole grain collection: the Memory storage provider (one store of rows and
/// one audit log shared by both silos, <see cref="WriteFaults"/> in front), the grains' real services and settings, <see cref="TestClock"/> as
/// the domain clock (Orleans keeps the system clock), and pushes and passcodes recorded rather than sent.
/// </summary>
public class MfaClusterFixture : IAsyncLifetime
{
    private readonly short _silos;

    public MfaClusterFixture()
        : this(silos: 2)
    {
    }

    /// <summary>For a fixture of its own that needs another number of silos, or another key ring on some (see <see cref="SecretsOf"/>).</summary>
    protected MfaClusterFixture(short silos)
    {
        _silos = silos;
        StateRows = new MemoryStateRows(AuditLog);
    }

    public TestClock Clock { get; } = new();

    public RecordingPushQueue Pushes { get; } = new();

    public RecordingPasscodeSender Passcodes { get; } = new();

    /// <summary>The audit log both silos append to, as the one database of a real cluster would be.</summary>
    public MemoryAuditLog AuditLog { get; } = new();

    /// <summary>The grain state rows both silos read and write, as the one database of a real cluster would be.</summary>
    public MemoryStateRows StateRows { get; }

    /// <summary>Holds and fails chosen grains' state writes, for the tests of what a failed write must not show.</summary>
    public WriteFaults WriteFaults { get; } = new();

    public string LookupKey { get; } = TestSecrets.RandomKey();

    public string EncryptionKey { get; } = TestSecrets.RandomKey();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    /// <summary>Hashes like the silos do, to find an activation code's grain as the API would.</summary>
    public SecretHasher Hasher => TestSecrets.Hasher(LookupKey);

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(_silos);
        builder.Options.ServiceId = "mfagrains-grain-tests";
        builder.ConfigureSiloHost((silo, host) => host.Configuration.AddInMemoryCollection(SecretsOf(silo.SiloName)));
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMfaGrainsMemoryStorage();
            silo.Services.AddSingleton(AuditLog);
            silo.Services.AddSingleton(StateRows);
            WriteFaults.Decorate(silo.Services);
            silo.UseInMemoryReminderService();
            silo.Services.AddKeyedSingleton<TimeProvider>(MfaClock.Key, Clock);
            silo.Services.AddSingleton<IPushQueue>(Pushes);
            silo.Services.AddSingleton<IPasscodeSender>(Passcodes);
            silo.Services.AddMfaGrainServices();
        });

        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>The <c>Secrets</c> settings a silo starts with: by default the same key ring on every silo, as production has it.</summary>
    protected virtual Dictionary<string, string?> SecretsOf(string siloName) => new()
    {
        [$"{SecretsOptions.Section}:LookupKey"] = LookupKey,
        [$"{SecretsOptions.Section}:EncryptionKeys:{TestSecrets.ActiveKeyId}"] = EncryptionKey,
        [$"{SecretsOptions.Section}:ActiveEncryptionKeyId"] = TestSecrets.ActiveKeyId,
    };
}

/// <summary>The grain tests share one cluster and run one at a time, so moving the shared clock is safe.</summary>
[CollectionDefinition(Name)]
public sealed class MfaClusterCollection : ICollectionFixture<MfaClusterFixture>
{
    public const string Name = "MfaGrains cluster";
}
