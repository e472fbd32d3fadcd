using MfaGrains.Deploy.Tests.Support;

namespace MfaGrains.Deploy.Tests.Compose;

/// <summary>docker-compose itself accepts the file: Debian's docker-compose 1.29 validates it without an engine.</summary>
public sealed class ComposeConfigTests
{
    [Fact]
    public async Task Docker_compose_config_accepts_the_file()
    {
        var binary = ExternalTool.Require("docker-compose", "docker-compose");

        var (exitCode, output) = await ExternalTool.RunAsync(binary, "--file", ComposeFile.Path, "config", "--quiet");

        Assert.True(exitCode == 0, $"docker-compose config rejected docker-compose.yml (exit {exitCode}):\n{output}");
    }
}
