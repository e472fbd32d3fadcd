using System.Net;
using MfaGrains.Api.Admission;
using MfaGrains.Api.Tests.EndToEnd;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;

namespace MfaGrains.Api.Tests.Admission;

/// <summary>
/// Graceful overload: with <c>Admission:MaxInFlight</c> new sign-ins in flight, the next is refused at once with 503 and
/// <c>Retry-After</c>, while phone answers and outcome reads of admitted sign-ins go through.
/// </summary>
public sealed class AdmissionTests
{
    [Fact]
    public async Task A_saturated_engine_refuses_new_sign_ins_and_lets_answers_through()
    {
        var heldUser = EngineFixture.NewUserId();
        var held = new HeldSignIns(heldUser);
        await using var host = new EngineHost(new Dictionary<string, string?> { ["Admission:MaxInFlight"] = "1" }, services => services.AddSingleton<IIncomingGrainCallFilter>(held));
        await host.StartAsync();
        using var http = host.CreateClient();
        var portal = new TestPortal(http);
        using var phone = new Phones.TestPhone(http, host.Clock);
        using var heldPhone = new Phones.TestPhone(http, host.Clock);
        var userId = EngineFixture.NewUserId();
        await EnrolActive(portal, phone, userId);
        await EnrolActive(portal, heldPhone, heldUser);
        var admitted = await TestPortal.Expect(HttpStatusCode.Created, await portal.CreateChallenge(userId));

        var inFlight = portal.CreateChallenge(heldUser);
        await Eventually.Until(() => Task.FromResult(held.Held), n => n == 1, "the held sign-in to reach its user grain");
        using var refused = await portal.CreateChallenge(userId);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), refused.Headers.RetryAfter?.Delta);
        var problem = await TestPortal.Expect(HttpStatusCode.ServiceUnavailable, refused);
        Assert.Equal("https://mfagrains.dev/problems/overloaded", Id(problem, "type"));
        Assert.False(problem.TryGetProperty("code", out _), "the contract's codes are a closed list");
        await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(Id(admitted, "challengeId"), "approve", Id(admitted, "number")));
        Assert.Equal("approved", Id(await portal.GetChallenge(userId, Id(admitted, "challengeId")), "status"));

        held.Release();
        await TestPortal.Expect(HttpStatusCode.Created, await inFlight);
        await TestPortal.Expect(HttpStatusCode.Created, await portal.CreateChallenge(userId));
        var scrape = await PrometheusScrape.FetchAsync(http);
        Assert.Equal(1, scrape.Sum("aspnetcore_rate_limiting_requests_total", ("aspnetcore_rate_limiting_policy", "admission"), ("aspnetcore_rate_limiting_result", "endpoint_limiter")));
    }

    [Fact]
    public async Task A_saturated_thread_pool_refuses_new_sign_ins_until_its_queue_is_short_again()
    {
        var delay = new QueueDelayLimiterTests.SettableQueueDelay();
        await using var host = new EngineHost(
            new Dictionary<string, string?> { ["Admission:MaxQueueDelay"] = "00:00:00.020" }, services => services.AddSingleton<IQueueDelay>(delay));
        await host.StartAsync();
        using var http = host.CreateClient();
        var portal = new TestPortal(http);
        using var phone = new Phones.TestPhone(http, host.Clock);
        var userId = EngineFixture.NewUserId();
        await EnrolActive(portal, phone, userId);
        var admitted = await TestPortal.Expect(HttpStatusCode.Created, await portal.CreateChallenge(userId));

        delay.Current = TimeSpan.FromMilliseconds(21);
        using var refused = await portal.CreateChallenge(userId);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("https://mfagrains.dev/problems/overloaded", Id(await TestPortal.Expect(HttpStatusCode.ServiceUnavailable, refused), "type"));
        await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(Id(admitted, "challengeId"), "approve", Id(admitted, "number")));
        delay.Current = TimeSpan.FromMilliseconds(20);
        await TestPortal.Expect(HttpStatusCode.Created, await portal.CreateChallenge(userId));
    }

    [Theory]
    [InlineData("Admission:MaxQueueDelay", "00:00:11")]
    [InlineData("Admission:TargetCpu", "1.5")]
    [InlineData("Admission:TargetCpu", "-0.1")]
    [InlineData("Admission:MaxInFlight", "0")]
    [InlineData("Admission:RetryAfterSeconds", "0")]
    public void A_bad_admission_setting_is_refused(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddAdmissionControl().BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AdmissionOptions>>().Value);
        Assert.Contains(key.Split(':')[1], exception.Message, StringComparison.Ordinal);
    }
}
