using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using MfaGrains.Api.Tests.EndToEnd;
using MfaGrains.Api.Tests.Phones;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace MfaGrains.Api.Tests.Hardening;

/// <summary>Requests that cannot be a phone's are refused before any grain is activated or any state is read.</summary>
public sealed class UnauthenticatedPhoneCostTests(UnauthenticatedPhoneCostTests.Engine engine) : IClassFixture<UnauthenticatedPhoneCostTests.Engine>
{
    [Fact]
    public async Task Ten_thousand_unsigned_or_ill_formed_requests_to_random_device_ids_activate_nothing_and_read_nothing()
    {
        var readsBefore = engine.Reads;
        var devicesBefore = await DeviceActivations();
        using var forger = new TestPhoneSigner();

        var statuses = new int[10_000];
        await Parallel.ForEachAsync(Enumerable.Range(0, statuses.Length), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, cancellation) =>
        {
            var deviceId = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/devices/{deviceId}/challenges");
            switch (i % 3)
            {
                case 1:
                    // Signed by another key: its keyid is not the {deviceId}.
                    forger.Sign(request, null, engine.Host.Clock.GetUtcNow());
                    break;
                case 2:
                    // A fresh-looking signature claiming the id, but created an hour ago.
                    request.Headers.TryAddWithoutValidation("Signature-Input", $"sig1=(\"@method\" \"@path\");created={engine.Host.Clock.GetUtcNow().AddHours(-1).ToUnixTimeSeconds()};keyid=\"{deviceId}\"");
                    request.Headers.TryAddWithoutValidation("Signature", "sig1=:AAAA:");
                    break;
            }

            using var response = await engine.Http.SendAsync(request, cancellation);
            statuses[i] = (int)response.StatusCode;
        });

        Assert.All(statuses, status => Assert.Equal(401, status));
        Assert.Equal(readsBefore, engine.Reads);
        Assert.Equal(devicesBefore, await DeviceActivations());
    }

    [Fact]
    public async Task A_well_formed_request_for_an_unknown_device_asks_storage_once_while_the_id_is_remembered()
    {
        using var stranger = engine.NewPhone();
        var readsBefore = engine.Reads;

        for (var i = 0; i < 50; i++)
        {
            await TestPortal.ExpectProblem(HttpStatusCode.Unauthorized, "invalid_signature", await stranger.GetPending());
        }

        Assert.Equal(readsBefore + 1, engine.Reads);
    }

    private async Task<int> DeviceActivations()
    {
        var management = engine.Host.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var statistics = await management.GetSimpleGrainStatistics();
        return statistics.Where(s => s.GrainType.Contains("DeviceGrain", StringComparison.Ordinal)).Sum(s => s.ActivationCount);
    }

    /// <summary>The engine with its grain state reads counted.</summary>
    public sealed class Engine : EngineFixture
    {
        public Engine()
            : this(new CountingReads())
        {
        }

        private Engine(CountingReads counting)
            : base(new EngineHost(configureServices: services => services.DecorateMfaStorage(counting.Wrap)))
            => Counting = counting;

        private CountingReads Counting { get; }

        /// <summary>State reads so far; none before the storage's first use, which builds it.</summary>
        public int Reads => Counting.Storage?.Reads ?? 0;
    }

    /// <summary>Holds the counting storage once the engine has built it.</summary>
    public sealed class CountingReads
    {
        public CountingReadsStorage? Storage { get; private set; }

        public IGrainStorage Wrap(IGrainStorage inner) => Storage ??= new CountingReadsStorage(inner);
    }
}
