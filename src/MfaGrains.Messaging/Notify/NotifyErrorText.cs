namespace MfaGrains.Messaging.Notify;

/// <summary>Makes Notify's error message safe to log: every digit becomes <c>#</c>, so neither a code nor a phone number can survive in it.</summary>
internal static class NotifyErrorText
{
    private const int MaximumLength = 200;

    public static string? Redact(string? message)
    {
        if (message is null)
        {
            return null;
        }

        var text = message.Length > MaximumLength ? message[..MaximumLength] : message;
        // Control characters could forge extra log lines.
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsDigit(c) ? '#' : char.IsControl(c) ? ' ' : c;
            }
        });
    }
}
