using System.Text;
using MfaGrains.Messaging.Notify;

namespace MfaGrains.Messaging.Tests.Notify;

/// <summary>Splitting Notify's API key: the service id and secret are the last two UUIDs, whatever the name holds.</summary>
public sealed class NotifyApiKeyTests
{
    [Theory]
    [InlineData("mfagrains-ci-live-")]
    [InlineData("live_key-")]
    [InlineData("x-")]
    public void Service_id_and_secret_are_taken_from_the_end(string name)
    {
        var key = NotifyApiKey.TryParse(name + NotifyTestKey.ServiceId + "-" + NotifyTestKey.Secret);

        Assert.NotNull(key);
        Assert.Equal(NotifyTestKey.ServiceId, key.ServiceId);
        Assert.Equal(Encoding.UTF8.GetBytes(NotifyTestKey.Secret), key.Secret);
    }

    [Fact]
    public void Surrounding_whitespace_from_a_secret_file_is_ignored()
    {
        Assert.NotNull(NotifyApiKey.TryParse($"  {NotifyTestKey.ApiKey}\n"));
    }

    [Theory]
    [InlineData(NotifyTestKey.Secret)]
    [InlineData(NotifyTestKey.ServiceId + "-" + NotifyTestKey.Secret)]
    [InlineData("name-" + NotifyTestKey.ServiceId + NotifyTestKey.Secret)]
    [InlineData("name-" + NotifyTestKey.ServiceId + "-not-a-uuid-but-thirty-six-characters")]
    [InlineData("name-6c0c4a0e4d434b7f9d1e2f5b7f0a9c31abcd-" + NotifyTestKey.Secret)]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_refused(string? value)
    {
        Assert.Null(NotifyApiKey.TryParse(value));
    }

    [Fact]
    public void ToString_shows_no_secret()
    {
        Assert.DoesNotContain(NotifyTestKey.Secret, NotifyApiKey.TryParse(NotifyTestKey.ApiKey)!.ToString(), StringComparison.Ordinal);
    }
}
