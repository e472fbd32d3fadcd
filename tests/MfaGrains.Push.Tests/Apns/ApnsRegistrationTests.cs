using System.Security.Cryptography;
using MfaGrains.Push.Apns;
using MfaGrains.Push.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MfaGrains.Push.Tests.Apns;

/// <summary>APNs is on only when configured, and a misconfiguration stops the host at start-up with a message naming the setting.</summary>
public sealed class ApnsRegistrationTests : IDisposable
{
    private const string Url = "http://127.0.0.1:9";
    private readonly ApnsTestKey _key = new();

    public void Dispose() => _key.Dispose();

    [Fact]
    public async Task Valid_settings_start_and_register_one_apns_sender()
    {
        using var host = Host(ApnsHarness.Configuration(_key.P8Path, Url));

        await host.StartAsync();

        Assert.IsType<ApnsSender>(Assert.Single(host.Services.GetServices<IPushSender>()));
        await host.StopAsync();
    }

    [Fact]
    public async Task Without_apns_settings_no_sender_is_registered_and_the_host_starts()
    {
        using var host = Host(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Push:Apns:BaseUrl"] = ApnsOptions.SandboxUrl,
        }).Build());

        await host.StartAsync();

        Assert.Empty(host.Services.GetServices<IPushSender>());
        await host.StopAsync();
    }

    [Fact]
    public async Task Registering_twice_adds_one_sender()
    {
        var configuration = ApnsHarness.Configuration(_key.P8Path, Url);
        var services = new ServiceCollection().AddLogging().AddApnsSender(configuration).AddApnsSender(configuration);

        await using var provider = services.BuildServiceProvider();

        Assert.Single(provider.GetServices<IPushSender>());
    }

    [Fact]
    public async Task Missing_p8_fails_start_up_naming_the_setting()
    {
        var message = await StartUpFailure(ApnsHarness.Configuration(Path.Combine(_key.Directory.FullName, "absent.p8"), Url));

        Assert.Contains("Push:Apns:PrivateKeyPath: cannot read the .p8 file", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rsa_key_fails_start_up_without_quoting_the_key()
    {
        using var rsa = RSA.Create(2048);
        var pem = rsa.ExportPkcs8PrivateKeyPem();
        var path = _key.WriteFile("rsa.p8", pem);

        var message = await StartUpFailure(ApnsHarness.Configuration(path, Url));

        Assert.Contains("Push:Apns:PrivateKeyPath", message, StringComparison.Ordinal);
        Assert.Contains("is not an EC private key", message, StringComparison.Ordinal);
        AssertQuotesNoKey(pem, message);
    }

    [Fact]
    public async Task Key_on_another_curve_fails_start_up()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var path = _key.WriteFile("p384.p8", p384.ExportPkcs8PrivateKeyPem());

        var message = await StartUpFailure(ApnsHarness.Configuration(path, Url));

        Assert.Contains("Push:Apns:PrivateKeyPath", message, StringComparison.Ordinal);
        Assert.Contains("P-256", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sec1_or_public_key_block_fails_start_up()
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var sec1 = _key.WriteFile("sec1.pem", ec.ExportECPrivateKeyPem());
        var publicKey = _key.WriteFile("public.pem", ec.ExportSubjectPublicKeyInfoPem());

        Assert.Contains("'EC PRIVATE KEY' PEM block", await StartUpFailure(ApnsHarness.Configuration(sec1, Url)), StringComparison.Ordinal);
        Assert.Contains("'PUBLIC KEY' PEM block", await StartUpFailure(ApnsHarness.Configuration(publicKey, Url)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_pasted_in_place_of_the_path_is_not_echoed()
    {
        var message = await StartUpFailure(ApnsHarness.Configuration(_key.P8Text, Url));

        Assert.Contains("Push:Apns:PrivateKeyPath must be the path of the .p8 file", message, StringComparison.Ordinal);
        AssertQuotesNoKey(_key.P8Text, message);
    }

    [Theory]
    [InlineData("ABC", ApnsHarness.KeyId, ApnsHarness.Topic, "Push:Apns:TeamId")]
    [InlineData(null, ApnsHarness.KeyId, ApnsHarness.Topic, "Push:Apns:TeamId")]
    [InlineData(ApnsHarness.TeamId, "KEY-123456", ApnsHarness.Topic, "Push:Apns:KeyId")]
    [InlineData(ApnsHarness.TeamId, ApnsHarness.KeyId, null, "Push:Apns:Topic")]
    public async Task Bad_ids_or_missing_topic_fail_start_up_naming_the_setting(string? teamId, string? keyId, string? topic, string setting)
    {
        var message = await StartUpFailure(ApnsHarness.Configuration(_key.P8Path, Url, teamId, keyId, topic));

        Assert.Contains(setting, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Base_url_that_is_not_http_fails_start_up()
    {
        var message = await StartUpFailure(ApnsHarness.Configuration(_key.P8Path, "api.push.apple.com"));

        Assert.Contains("Push:Apns:BaseUrl", message, StringComparison.Ordinal);
    }

    private static IHost Host(IConfiguration configuration)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddLogging().AddApnsSender(configuration);
        return builder.Build();
    }

    private static async Task<string> StartUpFailure(IConfiguration configuration)
    {
        using var host = Host(configuration);
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        return failure.Message;
    }

    private static void AssertQuotesNoKey(string pem, string message)
    {
        // Any 16-character run of the key's base64 in the message would be a leak.
        var base64 = string.Concat(pem.Split('\n').Where(line => !line.StartsWith("-----", StringComparison.Ordinal)));
        for (var i = 0; i + 16 <= base64.Length; i += 8)
        {
            Assert.DoesNotContain(base64.Substring(i, 16), message, StringComparison.Ordinal);
        }
    }
}
