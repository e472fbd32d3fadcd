using System.Net;
using MfaGrains.Load.Http;
using MfaGrains.Load.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace MfaGrains.Load.Tests;

public sealed class ReadinessProbeTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task It_polls_until_the_target_answers_200()
    {
        var handler = new StubHandler(StubHandler.Refused(), StubHandler.Status(HttpStatusCode.ServiceUnavailable), StubHandler.Status(HttpStatusCode.OK));
        using var target = Client(handler, "http://a.test");

        await new ReadinessProbe([target], clock, TimeSpan.Zero).WaitAsync(TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.Equal(3, handler.Requests);
    }

    [Fact]
    public async Task It_asks_a_ready_target_no_more_and_names_the_one_still_down_at_the_deadline()
    {
        var ready = new StubHandler(StubHandler.Status(HttpStatusCode.OK));
        var down = new StubHandler(StubHandler.Status(HttpStatusCode.ServiceUnavailable)) { OnRequest = () => clock.Advance(TimeSpan.FromSeconds(1)) };
        using var first = Client(ready, "http://ready.test");
        using var second = Client(down, "http://down.test");

        var failed = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new ReadinessProbe([first, second], clock, TimeSpan.Zero).WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None));

        Assert.Equal(1, ready.Requests);
        Assert.Equal(5, down.Requests);
        Assert.Contains("http://down.test/: HTTP 503", failed.Message);
        Assert.DoesNotContain("ready.test", failed.Message);
    }

    private static HttpClient Client(HttpMessageHandler handler, string url) => new(handler) { BaseAddress = new Uri(url) };
}
