using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MfaGrains.Deploy.Tests.Support;

namespace MfaGrains.Deploy.Tests.Compose;

/// <summary>
/// The shipped nginx.conf, run by nginx on loopback in front of a stand-in API, serves no metrics whatever the case,
/// trailing slash, escapes or dot segments of the path, and still passes the API's routes through.
/// </summary>
public sealed class ProxyMetricsTests(LoopbackNginx nginx) : IClassFixture<LoopbackNginx>
{
    [Theory]
    [InlineData("/metrics")]
    [InlineData("/METRICS")]
    [InlineData("/Metrics/")]
    [InlineData("/metrics/")]
    [InlineData("/%6detrics")]
    [InlineData("/%4D%45TRICS")]
    [InlineData("//metrics")]
    [InlineData("/./metrics")]
    [InlineData("/v1/../metrics")]
    [InlineData("/metrics?format=prometheus")]
    public async Task Metrics_are_not_served_through_the_proxy(string target)
    {
        var (status, body) = await nginx.Get(target);

        Assert.Equal(404, status);
        Assert.DoesNotContain(LoopbackNginx.BackendAnswer, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v1/users/jane/challenges")]
    [InlineData("/metricsfeed")]
    [InlineData("/health/ready")]
    public async Task Other_paths_reach_the_api(string target)
    {
        var (status, body) = await nginx.Get(target);

        Assert.Equal(200, status);
        Assert.Contains(LoopbackNginx.BackendAnswer, body, StringComparison.Ordinal);
    }
}

/// <summary>nginx running the shipped config on loopback ports, with a stand-in API behind it; stopped gracefully.</summary>
public sealed class LoopbackNginx : IAsyncLifetime
{
    public const string BackendAnswer = "reached-the-api";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "mfagrains-nginx-" + Guid.NewGuid().ToString("N"));
    private readonly int _front = FreePort();
    private readonly int _back = FreePort();
    private string _binary = "";
    private Process? _nginx;

    public async Task InitializeAsync()
    {
        var binary = _binary = File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : ExternalTool.Require("nginx", "nginx-light");
        Directory.CreateDirectory(_directory);
        var config = Path.Combine(_directory, "nginx.conf");
        await File.WriteAllTextAsync(config, LoopbackConfig());

        var (exitCode, output) = await ExternalTool.RunAsync(binary, "-t", "-p", _directory, "-c", config, "-e", Path.Combine(_directory, "error.log"));
        Assert.True(exitCode == 0, $"nginx -t refused the shipped config:\n{output}");

        _nginx = Process.Start(new ProcessStartInfo(binary)
        {
            ArgumentList = { "-p", _directory, "-c", config, "-e", Path.Combine(_directory, "error.log"), "-g", "daemon off;" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        _ = _nginx.StandardOutput.ReadToEndAsync();
        _ = _nginx.StandardError.ReadToEndAsync();
        await Eventually.Until(Answers, answered => answered, "nginx to listen on loopback", TimeSpan.FromSeconds(10));
    }

    public async Task DisposeAsync()
    {
        if (_nginx is { HasExited: false })
        {
            // "-s stop" lets the master reap its workers; killing it would orphan them.
            var config = Path.Combine(_directory, "nginx.conf");
            await ExternalTool.RunAsync(_binary, "-p", _directory, "-c", config, "-e", Path.Combine(_directory, "error.log"), "-s", "stop");
            await _nginx.WaitForExitAsync();
        }

        _nginx?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    // The shipped file with only what a loopback run needs changed: the listening port, the upstreams (a stand-in
    // API in the same nginx that answers every path it receives), and a pid file and temp paths in the test's directory.
    private string LoopbackConfig()
    {
        var shipped = File.ReadAllText(RepositoryRoot.Combine("deploy", "nginx", "nginx.conf"));
        Assert.Contains("listen 80;", shipped, StringComparison.Ordinal);
        var text = shipped
            .Replace("listen 80;", $"listen 127.0.0.1:{_front};", StringComparison.Ordinal)
            .Replace("server api-1:8080", $"server 127.0.0.1:{_back}", StringComparison.Ordinal)
            .Replace("server api-2:8080", $"server 127.0.0.1:{_back}", StringComparison.Ordinal)
            .Replace("access_log /dev/stdout;", "access_log off;", StringComparison.Ordinal);
        var standIn = $$"""
                server {
                    listen 127.0.0.1:{{_back}};
                    location / { return 200 "{{BackendAnswer}} $request_uri"; }
                }
                client_body_temp_path {{_directory}}/body;
                proxy_temp_path {{_directory}}/proxy;
                fastcgi_temp_path {{_directory}}/fastcgi;
                uwsgi_temp_path {{_directory}}/uwsgi;
                scgi_temp_path {{_directory}}/scgi;
            }
            """;
        var end = text.LastIndexOf('}');
        return $"pid {_directory}/nginx.pid;\n" + text[..end] + standIn + "\n";
    }

    private async Task<bool> Answers()
    {
        try
        {
            return (await Get("/v1/ping")).Status == 200;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    // By hand: HttpClient would normalise the dot segments and escapes this test is about.
    public async Task<(int Status, string Body)> Get(string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, _front);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: mfa.example\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ', 3)[1], CultureInfo.InvariantCulture);
        return (status, response);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
