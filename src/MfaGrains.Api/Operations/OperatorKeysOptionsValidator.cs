using MfaGrains.Api.ApiKeys;
using MfaGrains.Api.Portal;
using Microsoft.Extensions.Options;

namespace MfaGrains.Api.Operations;

/// <summary>Refuses to start with an operator key that has no name, a hash that is not 64 hex digits, or a key shared with another entry or a portal.</summary>
public sealed class OperatorKeysOptionsValidator(IOptions<PortalClientsOptions> portals) : IValidateOptions<OperatorKeysOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, OperatorKeysOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var portalHashes = portals.Value.Clients.Select(c => c.KeyHash).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var hashes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Keys.Count; i++)
        {
            var key = options.Keys[i];
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                failures.Add($"Operations:Keys:{i}:Name is required.");
            }

            // Values are never echoed: someone may have pasted the key instead of its hash.
            if (!ApiKeyHash.IsWellFormed(key.KeyHash))
            {
                failures.Add($"Operations:Keys:{i}:KeyHash must be the hex SHA-256 of the key (64 hex digits).");
            }
            else if (!hashes.Add(key.KeyHash))
            {
                failures.Add($"Operations:Keys:{i}:KeyHash is the same key as an earlier operator key.");
            }
            else if (portalHashes.Contains(key.KeyHash))
            {
                failures.Add($"Operations:Keys:{i}:KeyHash is also a portal's key; an operator key must be a key of its own.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
