using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using static MfaGrains.Api.Tests.EndToEnd.PasscodeSteps;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>
/// Seeds and codes leave the engine once (the activation or creation answer, the sender) and nowhere else: not in the
/// SQLite file, not in the logs, not in any read route.
/// </summary>
public sealed class PasscodeSecretsTests(PasscodeEngineFixture engine) : IClassFixture<PasscodeEngineFixture>
{
    private readonly TestPortal _portal = engine.Portal;

    [Fact]
    public async Task No_seed_or_code_is_stored_logged_or_read_back_in_the_clear()
    {
        var userId = EngineFixture.NewUserId();
        using var phone = engine.NewPhone();
        var deviceSeed = await EnrolActiveKeepingSeed(_portal, phone, userId);
        var created = await _portal.CreateTotp(userId);
        var totpSeed = Enrolments.Id(created, "secret");
        var number = PasscodeEngineFixture.NewPhoneNumber();
        await TestPortal.Expect(HttpStatusCode.NoContent, await _portal.SetPhone(userId, number));
        await TestPortal.Expect(HttpStatusCode.Accepted, await _portal.SendCode(userId, "sms"));
        var code = Assert.Single(engine.Sender.To(number)).Code;
        await TestPortal.Expect(HttpStatusCode.OK, await _portal.Verify(userId, OathTool.Totp(deviceSeed, engine.Host.Clock.GetUtcNow())));
        string[] seeds = [deviceSeed, totpSeed];

        var payloads = StoredPayloads();
        Assert.NotEmpty(payloads);
        Assert.All(payloads, payload => Assert.All(seeds, seed => Assert.DoesNotContain(seed, payload, StringComparison.Ordinal)));
        Assert.All(payloads, payload => Assert.DoesNotContain(code, JsonValues(payload)));
        var files = Directory.GetFiles(engine.Host.Directory, "mfagrains.db*").Select(File.ReadAllBytes).Select(Encoding.ASCII.GetString).ToList();
        Assert.All(files, bytes => Assert.All(seeds, seed => Assert.DoesNotContain(seed, bytes, StringComparison.Ordinal)));

        // The capture does see the passcode events (debug level included), so their absence below means something.
        Assert.Contains(engine.Log.Entries, entry => entry.Contains("Passcode accepted", StringComparison.Ordinal));
        Assert.Contains(engine.Log.Entries, entry => entry.Contains("handed to the Sms gateway", StringComparison.Ordinal));
        Assert.All(engine.Log.Entries, entry =>
        {
            Assert.All(seeds, seed => Assert.DoesNotContain(seed, entry, StringComparison.Ordinal));
            Assert.DoesNotMatch($"(?<![0-9]){code}(?![0-9])", entry);
            Assert.DoesNotContain(number, entry, StringComparison.Ordinal);
        });

        var account = (await _portal.GetAccount(userId)).GetRawText();
        Assert.All(seeds, seed => Assert.DoesNotContain(seed, account, StringComparison.Ordinal));
        Assert.DoesNotContain(number[^8..], account, StringComparison.Ordinal);
        Assert.Contains("+44", account, StringComparison.Ordinal);
        var pending = await (await phone.GetPending()).Content.ReadAsStringAsync();
        Assert.DoesNotContain(deviceSeed, pending, StringComparison.Ordinal);
    }

    /// <summary>Every stored grain state of this engine, read from the SQLite file past Orleans.</summary>
    private List<string> StoredPayloads()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(engine.Host.Directory, "mfagrains.db")};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT PayloadBinary FROM OrleansStorage WHERE PayloadBinary IS NOT NULL";
        using var reader = command.ExecuteReader();
        var payloads = new List<string>();
        while (reader.Read())
        {
            payloads.Add(Encoding.UTF8.GetString((byte[])reader.GetValue(0)));
        }

        return payloads;
    }

    private static IEnumerable<string> JsonValues(string json) => Values(JsonDocument.Parse(json).RootElement);

    private static IEnumerable<string> Values(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Number => [element.GetRawText()],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Values(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Values),
        _ => [],
    };
}
