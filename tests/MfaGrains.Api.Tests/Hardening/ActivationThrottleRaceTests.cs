using System.Net;
using MfaGrains.Api.Tests.EndToEnd;
using MfaGrains.Api.Tests.Phones;

namespace MfaGrains.Api.Tests.Hardening;

/// <summary>
/// Permits are taken atomically: however many wrong codes race, at most the per-address limit are judged; right codes
/// racing from one address (phones behind a ward's NAT) are never refused for the permits their checks hold.
/// </summary>
public sealed class ActivationThrottleRaceTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task Two_hundred_concurrent_wrong_codes_from_one_address_get_ten_answers_and_429_for_the_rest()
    {
        var phones = Enumerable.Range(0, 200).Select(_ => engine.NewPhone()).ToList();
        using var start = new SemaphoreSlim(0);
        var sends = phones.Select(async (phone, i) =>
        {
            await start.WaitAsync();
            using var response = await phone.Activate($"{i:D9}");
            var body = await response.Content.ReadAsStringAsync();
            return (Status: response.StatusCode, Body: body);
        }).ToList();
        start.Release(phones.Count);

        var answers = await Task.WhenAll(sends);
        phones.ForEach(phone => phone.Dispose());

        Assert.Equal(10, answers.Count(a => a.Status == HttpStatusCode.BadRequest && a.Body.Contains("invalid_activation_code", StringComparison.Ordinal)));
        Assert.Equal(190, answers.Count(a => a.Status == HttpStatusCode.TooManyRequests && a.Body.Contains("too_many_attempts", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Thirty_concurrent_right_codes_from_one_address_all_activate()
    {
        var portal = new TestPortal(engine.Http);
        var enrolments = new List<(TestPhone Phone, string Code)>();
        for (var i = 0; i < 30; i++)
        {
            var enrolment = await portal.CreateEnrolment(EngineFixture.NewUserId());
            enrolments.Add((engine.NewPhone(), enrolment.GetProperty("activationCode").GetString()!));
        }

        using var start = new SemaphoreSlim(0);
        var sends = enrolments.Select(async e =>
        {
            await start.WaitAsync();
            using var response = await e.Phone.Activate(e.Code);
            return response.StatusCode;
        }).ToList();
        start.Release(enrolments.Count);

        var answers = await Task.WhenAll(sends);
        enrolments.ForEach(e => e.Phone.Dispose());

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.Created, status));
    }
}
