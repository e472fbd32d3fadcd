using MfaGrains.Api.Tests.EndToEnd;

namespace MfaGrains.Api.Tests.Hardening;

/// <summary>Outside Development the engine will not start with a key anyone can read in this repository.</summary>
public sealed class PublishedSecretsTests
{
    [Theory]
    [InlineData("Secrets:LookupKey", "FmExR1mMzPuH6nkbnljLt5lkOqtuASii1DQ85dwICFI=")]
    [InlineData("Secrets:EncryptionKeys:k1", "ZGV2LW9ubHkgQUVTLTI1NiBrZXk6IE5PVCBTRUNSRVQ=")]
    [InlineData("Secrets:EncryptionKeys:k1", "aYSeibcWh2tNlzuN9VpvYVrXmB0soQ87q1HbyFWZL1k=")]
    [InlineData("Portal:Clients:0:KeyHash", "2504d188b031010e18d0044ecd3b43837eee251acf284a4e15da0282e6d5f384")]
    [InlineData("Portal:Clients:0:KeyHash", "2504D188B031010E18D0044ECD3B43837EEE251ACF284A4E15DA0282E6D5F384")]
    public async Task A_published_key_stops_the_start_and_the_message_names_the_setting_not_the_value(string setting, string published)
    {
        await using var host = new EngineHost(new Dictionary<string, string?> { [setting] = published });

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(host.StartAsync);

        Assert.Contains(setting, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(published, refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task In_development_the_published_keys_are_accepted()
    {
        await using var host = new EngineHost(
            new Dictionary<string, string?> { ["Portal:Clients:0:KeyHash"] = "2504d188b031010e18d0044ecd3b43837eee251acf284a4e15da0282e6d5f384" },
            environmentName: "Development");

        await host.StartAsync();
    }
}
