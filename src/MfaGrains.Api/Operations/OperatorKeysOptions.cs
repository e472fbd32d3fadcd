namespace MfaGrains.Api.Operations;

/// <summary>The operator keys, bound from <c>Operations:Keys</c>; none means every operator request is refused.</summary>
public sealed class OperatorKeysOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Operations";

    /// <summary>The configured operator keys.</summary>
    public IList<OperatorKey> Keys { get; } = [];
}
