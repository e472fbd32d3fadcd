using System.Net;
using System.Text.Json;
using MfaGrains.Api.Tests.EndToEnd;
using MfaGrains.Api.Tests.Phones;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;

namespace MfaGrains.Operations.Tests.Dashboard;

/// <summary>
/// The dashboard's grain state view (<c>/dashboard/GrainState</c>) calls every parameterless grain method that returns a persisted
/// state type; for the user and device grains it must find nothing to show, above all no key, seed, code, number or push token.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardStateViewTests(DashboardEngineFixture engine)
{
    private const string UserGrainType = "MfaGrains.Grains.Users.UserGrain";
    private const string DeviceGrainType = "MfaGrains.Grains.Devices.DeviceGrain";

    [Fact]
    public async Task The_state_view_of_a_user_and_a_device_shows_no_key_seed_code_number_or_push_token()
    {
        var userId = EngineFixture.NewUserId();
        using var phone = new TestPhone(engine.Http, engine.Host.Clock);
        var enrolled = await EnrolledPhone.Enrol(engine.Portal, phone, userId);
        var signIn = await TestPortal.Expect(HttpStatusCode.Created, await engine.Portal.CreateChallenge(userId));
        await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(Id(signIn, "challengeId"), "approve", Id(signIn, "number")));
        var pending = await TestPortal.Expect(HttpStatusCode.Created, await engine.Portal.CreateChallenge(userId));
        string[] secrets =
        [
            enrolled.TotpSeed, enrolled.PushToken, enrolled.ActivationCode, phone.Signer.PublicKeyX, phone.Signer.PublicKeyY,
            $"\"{enrolled.TestNumber}\"", $"\"{Id(signIn, "number")}\"", $"\"{Id(pending, "number")}\"",
        ];

        var user = await StateView(userId.ToLowerInvariant(), UserGrainType);
        var device = await StateView(phone.DeviceId, DeviceGrainType);

        foreach (var (name, view) in new[] { ("user", user), ("device", device) })
        {
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, view.GetRawText(), StringComparison.OrdinalIgnoreCase));
            // Nothing at all: any state getter would be a way round the grains' own read models.
            Assert.False(view.EnumerateObject().Any(), $"The {name} grain shows state to the dashboard: {view.GetRawText()}");
        }
    }

    [Fact]
    public async Task The_state_view_reports_a_grain_type_it_cannot_resolve_so_an_empty_view_means_it_looked()
    {
        var view = await StateView("anyone@example.org", "MfaGrains.Grains.Users.NoSuchGrain");

        Assert.True(view.TryGetProperty("error", out _), view.GetRawText());
    }

    /// <summary>What the dashboard's state view answers for a grain, asserted to be a 200 with a JSON object.</summary>
    private async Task<JsonElement> StateView(string grainId, string grainType)
    {
        var response = await engine.Operator.GetAsync($"/dashboard/GrainState?grainId={Uri.EscapeDataString(grainId)}&grainType={Uri.EscapeDataString(grainType)}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GrainState answered {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        // The route answers the grain's JSON as a JSON string, which the dashboard's page parses a second time.
        var text = JsonDocument.Parse(body).RootElement.GetString()!;
        var view = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal(JsonValueKind.Object, view.ValueKind);
        return view;
    }
}
