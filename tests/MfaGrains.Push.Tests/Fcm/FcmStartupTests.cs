using MfaGrains.Push.Fcm;
using MfaGrains.Push.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MfaGrains.Push.Tests.Fcm;

public sealed class FcmStartupTests : IDisposable
{
    private const string Setting = "Push:Fcm:ServiceAccountJsonPath";
    private readonly TestServiceAccount _account = new();

    public void Dispose() => _account.Dispose();

    [Fact]
    public async Task Missing_service_account_file_fails_start_up_naming_the_setting()
    {
        var error = await StartFailsAsync(Path.Combine(_account.Folder, "absent.json"));

        Assert.Contains(Setting, error, StringComparison.Ordinal);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_json_fails_start_up_without_echoing_the_file()
    {
        var valid = File.ReadAllText(_account.WriteKeyFile(new Uri("http://127.0.0.1:9/token")));
        var path = _account.WriteFile("broken.json", valid[..^40]);

        var error = await StartFailsAsync(path);

        Assert.Contains(Setting, error, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", error, StringComparison.Ordinal);
        AssertNoKeyMaterial(error);
    }

    [Fact]
    public async Task File_that_is_not_a_service_account_fails_start_up()
    {
        var path = _account.WriteFile("user.json", """{"type":"authorized_user","client_id":"x","client_secret":"s3cret","refresh_token":"r"}""");

        var error = await StartFailsAsync(path);

        Assert.Contains(Setting, error, StringComparison.Ordinal);
        Assert.Contains("service_account", error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unusable_private_key_fails_start_up_without_echoing_it()
    {
        var valid = File.ReadAllText(_account.WriteKeyFile(new Uri("http://127.0.0.1:9/token")));
        var keyBody = _account.PrivateKeyPem.Split('\n')[2];
        // A line cut out of the base64 body breaks the key's DER structure.
        var path = _account.WriteFile("bad-key.json", valid.Replace(keyBody, "", StringComparison.Ordinal));

        var error = await StartFailsAsync(path);

        Assert.Contains(Setting, error, StringComparison.Ordinal);
        Assert.Contains("private_key", error, StringComparison.Ordinal);
        AssertNoKeyMaterial(error);
    }

    [Fact]
    public async Task Valid_file_starts_and_registers_the_fcm_sender()
    {
        using var host = Build(_account.WriteKeyFile(new Uri("http://127.0.0.1:9/token")));

        await host.StartAsync().WaitAsync(FcmTestHost.Deadline);

        Assert.IsType<FcmSender>(Assert.Single(host.Services.GetServices<IPushSender>()));
        await host.StopAsync().WaitAsync(FcmTestHost.Deadline);
    }

    [Fact]
    public void Not_configured_registers_no_fcm_sender()
    {
        using var host = Build(path: null);

        Assert.DoesNotContain(host.Services.GetServices<IPushSender>(), s => s is FcmSender);
    }

    [Fact]
    public void Registering_twice_adds_one_sender()
    {
        var configuration = Configuration(_account.WriteKeyFile(new Uri("http://127.0.0.1:9/token")));
        using var services = new ServiceCollection().AddLogging().AddFcmSender(configuration).AddFcmSender(configuration).BuildServiceProvider();

        Assert.Single(services.GetServices<IPushSender>());
    }

    private static async Task<string> StartFailsAsync(string path)
    {
        using var host = Build(path);
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync().WaitAsync(FcmTestHost.Deadline));
        return error.Message;
    }

    private static IHost Build(string? path)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddConfiguration(Configuration(path));
        builder.Services.AddFcmSender(builder.Configuration);
        return builder.Build();
    }

    private static IConfiguration Configuration(string? path) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [Setting] = path }).Build();

    private void AssertNoKeyMaterial(string error)
    {
        Assert.DoesNotContain("PRIVATE KEY", error, StringComparison.Ordinal);
        foreach (var line in _account.PrivateKeyPem.Split('\n').Where(l => l.Length > 16 && !l.StartsWith("-----", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(line[..16], error, StringComparison.Ordinal);
        }
    }
}
