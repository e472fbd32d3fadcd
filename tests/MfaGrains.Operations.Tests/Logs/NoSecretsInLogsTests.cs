using System.Net;
using System.Net.Http.Headers;
using MfaGrains.Api.Tests.EndToEnd;
using MfaGrains.Messaging.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;
using static MfaGrains.Api.Tests.EndToEnd.PasscodeSteps;

namespace MfaGrains.Operations.Tests.Logs;

/// <summary>
/// Every log line of a whole end-to-end flow, at Trace level and from every category (ours, ASP.NET Core, Orleans), is free of
/// challenge numbers, activation codes, TOTP seeds, passcodes and API keys; and one challenge's lines correlate by its id.
/// </summary>
public sealed class NoSecretsInLogsTests
{
    [Fact]
    public async Task A_full_flow_logs_no_number_code_seed_or_key_and_correlates_a_challenge_across_api_and_grain()
    {
        var log = new LogCapture();
        var sender = new RecordingPasscodeSender();
        // Three-digit numbers: a two-digit one would also "appear" in every clock time and count of a Trace-level log.
        await using var host = OperationsEngine.Create(
            new Dictionary<string, string?> { ["Mfa:Challenges:NumberDigits"] = "3" },
            services =>
            {
                // The development sender logs codes by design, so a recording sender stands in for every channel.
                services.Insert(0, ServiceDescriptor.Singleton<IPasscodeSender>(sender));
                services.AddLogging(logging => logging.AddProvider(log).AddFilter<LogCapture>(null, LogLevel.Trace));
            });
        await host.StartAsync();
        using var http = host.CreateClient();
        var portal = new TestPortal(http);
        var flow = new Secrets();

        // Enrolment, activation and the test challenge.
        using var phone = new MfaGrains.Api.Tests.Phones.TestPhone(http, host.Clock);
        var userId = EngineFixture.NewUserId();
        var enrolmentStart = log.Mark;
        var enrolled = await EnrolledPhone.Enrol(portal, phone, userId);
        flow.Text(enrolled.TotpSeed).Text(enrolled.PushToken).Digits(enrolled.ActivationCode).Number(enrolled.TestNumber, enrolmentStart);

        // Sign-ins: approved, denied, and approved with the wrong number.
        var approved = await SignIn(portal, userId, flow, log);
        await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(approved, "approve", flow.LastNumber));
        Assert.Equal("approved", Id(await portal.GetChallenge(userId, approved), "status"));
        var denied = await SignIn(portal, userId, flow, log);
        await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(denied, "deny"));
        var wrong = await SignIn(portal, userId, flow, log);
        await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(wrong, "approve", flow.LastNumber == "999" ? "998" : "999"));

        // Passcodes: a standalone TOTP created and confirmed, the phone's TOTP verified, an SMS code sent and verified.
        var totp = await portal.CreateTotp(userId);
        flow.Text(Id(totp, "secret"));
        await TestPortal.Expect(HttpStatusCode.NoContent, await portal.ConfirmTotp(userId, Id(totp, "totpId"), OathTool.Totp(Id(totp, "secret"), host.Clock.GetUtcNow())));
        await portal.VerifyOk(userId, OathTool.Totp(enrolled.TotpSeed, host.Clock.GetUtcNow()));
        var phoneNumber = "+447700" + Random.Shared.Next(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        await TestPortal.Expect(HttpStatusCode.NoContent, await portal.SetPhone(userId, phoneNumber));
        var smsMark = log.Mark;
        await TestPortal.Expect(HttpStatusCode.Accepted, await portal.SendCode(userId, "sms"));
        var smsCode = Assert.Single(sender.To(phoneNumber)).Code;
        flow.Number(smsCode, smsMark).Text(phoneNumber);
        await portal.VerifyOk(userId, smsCode);

        // API keys: the portal's on every call above; the operator's on the dashboard, right and wrong.
        using var dashboard = host.CreateClient();
        dashboard.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", OperationsEngine.OperatorKey);
        Assert.Equal(HttpStatusCode.OK, (await dashboard.GetAsync("/dashboard/version")).StatusCode);
        dashboard.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", OperationsEngine.OperatorKey + "-wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, (await dashboard.GetAsync("/dashboard/version")).StatusCode);
        flow.Text(EngineHost.PortalKey).Text(OperationsEngine.OperatorKey);

        var entries = log.Entries;
        // The capture does see every layer at its most verbose, so the absence of secrets below means something.
        Assert.Contains(entries, e => e.Level == LogLevel.Trace && e.Category.StartsWith("Orleans", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Level == LogLevel.Debug && e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Category == "MfaGrains.Grains.Users.UserGrain" && e.Message.Contains("Passcode accepted", StringComparison.Ordinal));
        flow.AssertAbsentFrom(entries);

        var apiLines = entries.Where(e => e.Scopes.Contains(new("ChallengeId", approved)) && !e.Category.StartsWith("Orleans", StringComparison.Ordinal)).ToList();
        Assert.Contains(apiLines, e => e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Category == "MfaGrains.Grains.Users.UserGrain" && e.Values.Contains(new("ChallengeId", approved)));
    }

    private static async Task<string> SignIn(TestPortal portal, string userId, Secrets flow, LogCapture log)
    {
        var mark = log.Mark;
        var challenge = await TestPortal.Expect(HttpStatusCode.Created, await portal.CreateChallenge(userId));
        flow.Number(Id(challenge, "number"), mark);
        return Id(challenge, "challengeId");
    }
}
