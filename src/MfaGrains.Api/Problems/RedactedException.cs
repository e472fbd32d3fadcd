using System.Text;

namespace MfaGrains.Api.Problems;

/// <summary>
/// An exception as it may be logged on a fault: every type and stack trace of the chain, no message. Orleans' and the
/// storage providers' messages name the grain, and a user grain's key is the user id.
/// </summary>
public sealed class RedactedException(Exception original) : Exception(Describe(original))
{
    /// <inheritdoc/>
    public override string? StackTrace => original.StackTrace;

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (Exception? exception = original; exception is not null; exception = exception.InnerException)
        {
            text.Append(exception == original ? string.Empty : " ---> ").Append(exception.GetType().FullName).AppendLine(" (message withheld)");
            text.AppendLine(exception.StackTrace);
        }

        return text.ToString();
    }

    private static string Describe(Exception original)
    {
        var types = new List<string>();
        for (Exception? exception = original; exception is not null; exception = exception.InnerException)
        {
            types.Add(exception.GetType().Name);
        }

        return string.Join(" ---> ", types) + " (messages withheld: they may name a grain, whose key may be a user id)";
    }
}
