using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MfaGrains.Push.Tests.Fcm;

/// <summary>A throw-away service account: a fresh RSA key and a key file in a temp folder, as Firebase would issue it.</summary>
internal sealed class TestServiceAccount : IDisposable
{
    // Relaxed escaping keeps '+' and '/' of the PEM literal, as Google's own key files have them.
    private static readonly JsonSerializerOptions KeyFileJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly RSA _key = RSA.Create(2048);

    public string ProjectId { get; } = "mfa-grains-test";

    public string ClientEmail { get; } = "fcm-sender@mfa-grains-test.iam.gserviceaccount.com";

    public string KeyId { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));

    public string Folder { get; } = Directory.CreateTempSubdirectory("mfagrains-fcm-").FullName;

    /// <summary>The private key's PEM body, so tests can assert it never appears in an error message.</summary>
    public string PrivateKeyPem => _key.ExportPkcs8PrivateKeyPem();

    /// <summary>The public half the fake token endpoint verifies assertions with.</summary>
    public RSAParameters PublicKey => _key.ExportParameters(includePrivateParameters: false);

    /// <summary>Writes the key file with <c>token_uri</c> pointing at <paramref name="tokenUri"/> and returns its path.</summary>
    public string WriteKeyFile(Uri tokenUri) => WriteFile("service-account.json", JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["type"] = "service_account",
        ["project_id"] = ProjectId,
        ["private_key_id"] = KeyId,
        ["private_key"] = PrivateKeyPem,
        ["client_email"] = ClientEmail,
        ["client_id"] = "104512345678901234567",
        ["auth_uri"] = "https://accounts.google.com/o/oauth2/auth",
        ["token_uri"] = tokenUri.ToString(),
        ["auth_provider_x509_cert_url"] = "https://www.googleapis.com/oauth2/v1/certs",
        ["universe_domain"] = "googleapis.com",
    }, KeyFileJson));

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        _key.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
