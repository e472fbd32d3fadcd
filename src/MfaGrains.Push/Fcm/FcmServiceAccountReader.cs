using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.Json;
using Google.Apis.Auth.OAuth2;

namespace MfaGrains.Push.Fcm;

/// <summary>Reads and checks a service-account JSON file, so that a bad file fails at start-up with a message naming the setting.</summary>
/// <remarks>Error messages name the setting, the path and the offending field, never a field's value: the file holds a private key.</remarks>
internal static class FcmServiceAccountReader
{
    /// <summary>The only OAuth scope the sender asks for.</summary>
    public const string MessagingScope = "https://www.googleapis.com/auth/firebase.messaging";

    private const string Setting = FcmOptions.SectionName + ":" + nameof(FcmOptions.ServiceAccountJsonPath);

    public static bool TryRead(string path, [NotNullWhen(true)] out FcmServiceAccount? account, [NotNullWhen(false)] out string? error)
    {
        account = null;
        if (!TryReadText(path, out var json, out error) || !TryParseFields(path, json, out var fields, out error))
        {
            return false;
        }

        if (!IsRsaPrivateKey(fields.PrivateKey))
        {
            error = $"{Setting}: 'private_key' in '{path}' is not a PEM-encoded RSA private key.";
            return false;
        }

        GoogleCredential credential;
        try
        {
            credential = CredentialFactory.FromJson<ServiceAccountCredential>(json).ToGoogleCredential().CreateScoped(MessagingScope);
        }
        catch (Exception ex)
        {
            // Only the exception type: Google's messages may quote parts of the file.
            error = $"{Setting}: Google.Apis.Auth rejected the service account in '{path}' ({ex.GetType().Name}).";
            return false;
        }

        account = new FcmServiceAccount(fields.ProjectId, fields.ClientEmail, fields.TokenUri, credential);
        return true;
    }

    public static FcmServiceAccount Read(string? path) =>
        TryRead(path ?? "", out var account, out var error) ? account : throw new InvalidOperationException(error);

    private static bool TryReadText(string path, out string json, [NotNullWhen(false)] out string? error)
    {
        json = "";
        error = null;
        if (string.IsNullOrWhiteSpace(path))
        {
            error = $"{Setting} is empty.";
            return false;
        }

        if (!File.Exists(path))
        {
            error = $"{Setting}: the service-account file '{path}' does not exist.";
            return false;
        }

        try
        {
            json = File.ReadAllText(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = $"{Setting}: the service-account file '{path}' cannot be read ({ex.GetType().Name}).";
            return false;
        }
    }

    private static bool TryParseFields(string path, string json, out Fields fields, [NotNullWhen(false)] out string? error)
    {
        fields = default;
        error = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            // The line number helps; JsonException's message can quote the offending characters, so it is not echoed.
            error = $"{Setting}: '{path}' is not valid JSON (line {ex.LineNumber + 1}).";
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = $"{Setting}: '{path}' is not a JSON object.";
                return false;
            }

            if (GetString(root, "type") != "service_account")
            {
                error = $"{Setting}: '{path}' is not a service-account key ('type' must be 'service_account').";
                return false;
            }

            foreach (var name in (string[])["project_id", "client_email", "private_key", "token_uri"])
            {
                if (string.IsNullOrWhiteSpace(GetString(root, name)))
                {
                    error = $"{Setting}: '{path}' has no '{name}'.";
                    return false;
                }
            }

            if (!Uri.TryCreate(GetString(root, "token_uri"), UriKind.Absolute, out var tokenUri) || tokenUri.Scheme is not ("https" or "http"))
            {
                error = $"{Setting}: 'token_uri' in '{path}' is not an absolute http(s) URL.";
                return false;
            }

            fields = new Fields(GetString(root, "project_id")!, GetString(root, "client_email")!, GetString(root, "private_key")!, tokenUri);
            return true;
        }
    }

    private static string? GetString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool IsRsaPrivateKey(string pem)
    {
        try
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            // A public-key PEM imports too, but cannot sign the OAuth assertion.
            rsa.ExportParameters(includePrivateParameters: true);
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            return false;
        }
    }

    private readonly record struct Fields(string ProjectId, string ClientEmail, string PrivateKey, Uri TokenUri);
}
