using System.Net;
using MfaGrains.Api.Tests.EndToEnd;

namespace MfaGrains.Api.Tests.Hardening;

/// <summary>Permits are taken atomically: however many wrong codes race, at most the per-address limit are judged.</summary>
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
}
