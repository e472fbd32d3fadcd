using MfaGrains.Messaging.Notify;

namespace MfaGrains.Messaging.Tests.Notify;

/// <summary>Notify's error messages are logged only with every digit masked, so no code or number can pass through.</summary>
public sealed class NotifyErrorTextTests
{
    [Fact]
    public void Digits_are_masked_and_the_words_kept()
    {
        Assert.Equal("Exceeded rate limit for key type LIVE of #### requests per ## seconds",
            NotifyErrorText.Redact("Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds"));
    }

    [Fact]
    public void A_number_or_code_echoed_back_does_not_survive()
    {
        var redacted = NotifyErrorText.Redact("phone_number +447700900123 is not allowed; code 428613\nforged line");

        Assert.DoesNotContain("447700900123", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("428613", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', redacted!);
    }
}
