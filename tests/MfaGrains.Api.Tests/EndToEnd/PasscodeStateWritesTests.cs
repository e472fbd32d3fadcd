using System.Net;
using Microsoft.Data.Sqlite;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;
using static MfaGrains.Api.Tests.EndToEnd.PasscodeSteps;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>
/// What each passcode operation costs in storage, counted by the version of the user's row in the SQLite file:
/// commands write once, reads and refusals that change nothing write nothing.
/// </summary>
public sealed class PasscodeStateWritesTests(PasscodeEngineFixture engine) : IClassFixture<PasscodeEngineFixture>
{
    private readonly TestPortal _portal = engine.Portal;

    private DateTimeOffset Now => engine.Host.Clock.GetUtcNow();

    [Fact]
    public async Task Commands_write_once_and_reads_and_locked_refusals_write_nothing()
    {
        var userId = EngineFixture.NewUserId();
        var user = userId.ToLowerInvariant();
        using var phone = engine.NewPhone();
        var seed = await EnrolActiveKeepingSeed(_portal, phone, userId);

        await Writes(0, () => _portal.GetAccount(userId));
        await Writes(1, () => _portal.VerifyOk(userId, OathTool.Totp(seed, Now)));
        await Writes(1, () => _portal.VerifyOk(userId, "junk"));
        await Writes(1, async () => await TestPortal.Expect(HttpStatusCode.NoContent, await _portal.SetPhone(userId, PasscodeEngineFixture.NewPhoneNumber())));
        await Writes(1, async () => await TestPortal.Expect(HttpStatusCode.Accepted, await _portal.SendCode(userId, "sms")));
        var created = await Writes(1, () => _portal.CreateTotp(userId));
        var totpPath = $"{TestPortal.Users(userId)}/totp/{Id(created, "totpId")}";
        await Writes(0, async () =>
        {
            Assert.Equal(HttpStatusCode.OK, (await _portal.Send(HttpMethod.Get, totpPath + "/qr")).StatusCode);
            return default;
        });
        await Writes(0, async () => await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "invalid_code", await _portal.ConfirmTotp(userId, Id(created, "totpId"), "000000x")));
        await Writes(1, async () => await TestPortal.Expect(HttpStatusCode.NoContent, await _portal.ConfirmTotp(userId, Id(created, "totpId"), OathTool.Totp(Id(created, "secret"), Now))));
        await Writes(0, async () => await TestPortal.Expect(HttpStatusCode.NoContent, await _portal.ConfirmTotp(userId, Id(created, "totpId"), "again")));
        await Writes(1, async () => await TestPortal.Expect(HttpStatusCode.NoContent, await _portal.Send(HttpMethod.Delete, totpPath)));

        await Writes(4, async () =>
        {
            for (var i = 0; i < 4; i++)
            {
                await _portal.VerifyOk(userId, "junk");
            }

            return default;
        });
        await Writes(0, async () => await TestPortal.ExpectProblem(HttpStatusCode.Locked, "locked", await _portal.Verify(userId, "junk")));
        await Writes(0, async () => await TestPortal.ExpectProblem(HttpStatusCode.Locked, "locked", await _portal.SendCode(userId, "voice")));
        await Writes(1, async () => await TestPortal.Expect(HttpStatusCode.NoContent, await _portal.Send(HttpMethod.Post, TestPortal.Users(userId) + "/unlock")));

        async Task<System.Text.Json.JsonElement> Writes(int expected, Func<Task<System.Text.Json.JsonElement>> operation)
        {
            var before = UserRowVersion(user);
            var result = await operation();
            Assert.Equal(before + expected, UserRowVersion(user));
            return result;
        }
    }

    [Fact]
    public async Task A_user_never_seen_gets_no_row_from_a_verification_or_a_send()
    {
        var userId = EngineFixture.NewUserId();

        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "user_not_found", await _portal.Verify(userId, "123456"));
        await TestPortal.ExpectProblem(HttpStatusCode.Conflict, "phone_number_missing", await _portal.SendCode(userId, "sms"));

        Assert.Null(UserRowVersion(userId.ToLowerInvariant()));
    }

    private long? UserRowVersion(string userId)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(engine.Host.Directory, "mfagrains.db")};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Version FROM OrleansStorage WHERE GrainTypeString = 'user' AND GrainIdExtensionString = $userId";
        command.Parameters.AddWithValue("$userId", userId);
        return command.ExecuteScalar() is long version ? version : null;
    }
}
