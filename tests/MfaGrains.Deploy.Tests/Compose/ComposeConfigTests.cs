using MfaGrains.Deploy.Tests.Support;

namespace MfaGrains.Deploy.Tests.Compose;

/// <summary>docker-compose itself accepts the file once its secrets are set: Debian's docker-compose 1.29 validates it without an engine.</summary>
public sealed class ComposeConfigTests
{
    // Made-up values for validation only; the file itself carries none.
    private static readonly Dictionary<string, string> Secrets = new()
    {
        ["MFAGRAINS_PG_PASSWORD"] = "validation-only",
        ["MFAGRAINS_LOOKUP_KEY"] = "validation-only",
        ["MFAGRAINS_ENCRYPTION_KEY_K1"] = "validation-only",
        ["MFAGRAINS_PORTAL_KEY_HASH"] = "validation-only",
        ["MFAGRAINS_GRAFANA_PASSWORD"] = "validation-only",
    };

    [Fact]
    public async Task Docker_compose_config_accepts_the_file()
    {
        var binary = ExternalTool.Require("docker-compose", "docker-compose");

        var (exitCode, output) = await ExternalTool.RunAsync(binary, Secrets, "--file", ComposeFile.Path, "config", "--quiet");

        Assert.True(exitCode == 0, $"docker-compose config rejected docker-compose.yml (exit {exitCode}):\n{output}");
    }

    [Theory]
    [InlineData("MFAGRAINS_PG_PASSWORD")]
    [InlineData("MFAGRAINS_LOOKUP_KEY")]
    [InlineData("MFAGRAINS_ENCRYPTION_KEY_K1")]
    [InlineData("MFAGRAINS_PORTAL_KEY_HASH")]
    [InlineData("MFAGRAINS_GRAFANA_PASSWORD")]
    public async Task Docker_compose_refuses_to_start_until_each_secret_is_set(string missing)
    {
        var binary = ExternalTool.Require("docker-compose", "docker-compose");
        var secrets = Secrets.Where(secret => secret.Key != missing).ToDictionary();
        secrets[missing] = string.Empty;

        var (exitCode, output) = await ExternalTool.RunAsync(binary, secrets, "--file", ComposeFile.Path, "config", "--quiet");

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"set {missing}", output, StringComparison.Ordinal);
    }
}
