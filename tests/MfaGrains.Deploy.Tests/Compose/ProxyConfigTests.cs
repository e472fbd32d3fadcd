using System.Text.RegularExpressions;
using MfaGrains.Deploy.Tests.Support;

namespace MfaGrains.Deploy.Tests.Compose;

/// <summary>deploy/nginx/nginx.conf: round-robin over both APIs, unbuffered SSE, timeouts above the 30 s long-poll.</summary>
public sealed partial class ProxyConfigTests
{
    // Directives only: the comments mention directives too.
    private static readonly string Config = string.Join('\n', File.ReadAllLines(RepositoryRoot.Combine("deploy", "nginx", "nginx.conf"))
        .Select(line => line.Split('#')[0]));

    [Fact]
    public void Upstream_lists_both_api_instances_on_8080()
    {
        var upstream = Block("upstream mfagrains_api");

        Assert.Matches(@"server api-1:8080\b", upstream);
        Assert.Matches(@"server api-2:8080\b", upstream);
        Assert.DoesNotMatch(@"\b(ip_hash|hash|sticky)\b", upstream);
    }

    [Fact]
    public void Event_stream_route_is_not_buffered()
    {
        var events = Block("location ~ ^/v1/users/[^/]+/challenges/[^/]+/events$");

        Assert.Contains("proxy_buffering off;", events, StringComparison.Ordinal);
        Assert.True(Seconds(events) > 30, "The SSE route's read timeout must outlast the keep-alive interval.");
    }

    [Fact]
    public void Read_timeout_outlasts_a_thirty_second_long_poll()
    {
        Assert.True(Seconds(Config) > 30, "proxy_read_timeout must exceed the 30 s waitSeconds maximum.");
    }

    [Fact]
    public void Requests_reach_the_api_with_their_path_and_host_unchanged()
    {
        // A URI part on proxy_pass would rewrite the signed @path.
        Assert.All(ProxyPass().Matches(Config), match => Assert.Equal("http://mfagrains_api", match.Groups[1].Value));
        Assert.Contains("proxy_set_header Host $http_host;", Config, StringComparison.Ordinal);
    }

    private static string Block(string header)
    {
        var start = Config.IndexOf(header + " {", StringComparison.Ordinal);
        Assert.True(start >= 0, $"nginx.conf has no \"{header}\" block.");
        var end = Config.IndexOf('}', start);
        return Config[start..end];
    }

    private static int Seconds(string text) => int.Parse(ReadTimeout().Match(text).Groups[1].Value);

    [GeneratedRegex(@"proxy_read_timeout (\d+)s;")]
    private static partial Regex ReadTimeout();

    [GeneratedRegex(@"proxy_pass ([^;]+);")]
    private static partial Regex ProxyPass();
}
