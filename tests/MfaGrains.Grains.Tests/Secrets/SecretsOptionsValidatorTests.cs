using MfaGrains.Grains.Hosting;
using MfaGrains.Grains.Secrets;
using MfaGrains.Grains.Tests.Cluster;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MfaGrains.Grains.Tests.Secrets;

/// <summary>No deployment runs on a default or unusable key: the host refuses to start.</summary>
public sealed class SecretsOptionsValidatorTests
{
    private readonly SecretsOptionsValidator _validator = new();

    [Fact]
    public void Freshly_drawn_keys_are_accepted()
    {
        Assert.True(_validator.Validate(null, TestSecrets.Options()).Succeeded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==")]
    public void A_lookup_key_under_32_bytes_is_refused(string lookupKey)
    {
        var options = TestSecrets.Options();
        options.LookupKey = lookupKey;

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Secrets:LookupKey", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_active_key_id_that_names_no_key_is_refused()
    {
        var options = TestSecrets.Options();
        options.ActiveEncryptionKeyId = "k9";

        Assert.Contains("ActiveEncryptionKeyId", _validator.Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(31)]
    [InlineData(33)]
    public void An_encryption_key_that_is_not_exactly_32_bytes_is_refused(int length)
    {
        var options = TestSecrets.Options();
        options.EncryptionKeys["old"] = Convert.ToBase64String(new byte[length]);

        Assert.Contains("Secrets:EncryptionKeys:old", _validator.Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_without_secret_keys_refuses_to_start()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddMfaGrainServices();
        using var host = builder.Build();

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Secrets:LookupKey", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_with_configured_secret_keys_starts()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Secrets:LookupKey"] = TestSecrets.RandomKey(),
            ["Secrets:EncryptionKeys:2026-11"] = TestSecrets.RandomKey(),
            ["Secrets:ActiveEncryptionKeyId"] = "2026-11",
        });
        builder.Services.AddMfaGrainServices();
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();

        Assert.Equal("2026-11", host.Services.GetRequiredService<SecretProtector>().Protect(SecretPurposes.ActivationCode, "1").KeyId);
    }
}
