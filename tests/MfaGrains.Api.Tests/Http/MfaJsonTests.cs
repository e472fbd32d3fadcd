using System.Text.Json;
using MfaGrains.Api.Http;
using MfaGrains.Contracts.Challenges;

namespace MfaGrains.Api.Tests.Http;

public sealed class MfaJsonTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 29, 7, 0, 5, TimeSpan.Zero);

    [Fact]
    public void Enums_are_written_and_read_as_lower_camel_case_strings()
    {
        var sample = new Sample(ChallengeStatus.Denied, ChallengeReason.WrongNumber, "jane", At);

        var json = JsonSerializer.Serialize(sample, MfaJson.Options);

        Assert.Contains("\"status\":\"denied\"", json, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"wrongNumber\"", json, StringComparison.Ordinal);
        Assert.Equal(sample, JsonSerializer.Deserialize<Sample>(json, MfaJson.Options));
    }

    [Fact]
    public void Integer_enum_values_are_refused()
    {
        Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<Sample>("""{"status":1,"name":"jane","at":"2026-11-29T07:00:05Z"}""", MfaJson.Options));
    }

    [Fact]
    public void Unknown_enum_names_are_refused()
    {
        Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<Sample>("""{"status":"maybe","name":"jane","at":"2026-11-29T07:00:05Z"}""", MfaJson.Options));
    }

    [Fact]
    public void A_missing_required_field_is_refused()
    {
        Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<Sample>("""{"status":"approved","at":"2026-11-29T07:00:05Z"}""", MfaJson.Options));
    }

    [Fact]
    public void Null_in_a_non_nullable_field_is_refused()
    {
        Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<Sample>("""{"status":"approved","name":null,"at":"2026-11-29T07:00:05Z"}""", MfaJson.Options));
    }

    [Fact]
    public void A_number_in_quotes_is_refused()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Counted>("""{"count":"3"}""", MfaJson.Options));
    }

    [Fact]
    public void Null_members_are_omitted()
    {
        var json = JsonSerializer.Serialize(new Sample(ChallengeStatus.Pending, null, "jane", At), MfaJson.Options);

        Assert.Equal("""{"status":"pending","name":"jane","at":"2026-11-29T07:00:05Z"}""", json);
    }

    [Fact]
    public void Times_are_written_in_utc_with_z_and_fractions_only_when_present()
    {
        var plusOne = new DateTimeOffset(2026, 11, 29, 8, 0, 5, TimeSpan.FromHours(1));

        Assert.Equal("\"2026-11-29T07:00:05Z\"", JsonSerializer.Serialize(plusOne, MfaJson.Options));
        Assert.Equal("\"2026-11-29T07:00:05.25Z\"", JsonSerializer.Serialize(At.AddMilliseconds(250), MfaJson.Options));
        Assert.Equal("\"2026-11-29T07:00:05Z\"", JsonSerializer.Serialize<DateTimeOffset?>(At, MfaJson.Options));
    }

    [Theory]
    [InlineData("2026-11-29T07:00:05Z")]
    [InlineData("2026-11-29T08:00:05+01:00")]
    [InlineData("2026-11-29t07:00:05z")]
    [InlineData("2026-11-29T07:00:05.000Z")]
    public void Rfc3339_times_are_read(string text)
    {
        Assert.Equal(At, JsonSerializer.Deserialize<DateTimeOffset>($"\"{text}\"", MfaJson.Options));
    }

    [Theory]
    [InlineData("2026-11-29")]
    [InlineData("2026-11-29T07:00:05")]
    [InlineData("2026-11-29 07:00:05Z")]
    [InlineData("29/11/2026 07:00:05")]
    [InlineData("2026-13-29T07:00:05Z")]
    public void Times_that_are_not_full_rfc3339_are_refused(string text)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DateTimeOffset>($"\"{text}\"", MfaJson.Options));
    }

    private sealed record Sample(ChallengeStatus Status, ChallengeReason? Reason, string Name, DateTimeOffset At);

    private sealed record Counted(int Count);
}
