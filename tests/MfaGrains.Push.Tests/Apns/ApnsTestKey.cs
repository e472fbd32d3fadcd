using System.Security.Cryptography;

namespace MfaGrains.Push.Tests.Apns;

/// <summary>A fresh P-256 provider key written as Apple's .p8 (PKCS#8 PEM) into a temp directory, plus other key files to refuse.</summary>
internal sealed class ApnsTestKey : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public ApnsTestKey()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("mfagrains-apns-");
        P8Path = WriteFile("AuthKey.p8", _key.ExportPkcs8PrivateKeyPem());
        PublicKey = ECDsa.Create(_key.ExportParameters(includePrivateParameters: false));
    }

    public DirectoryInfo Directory { get; }

    /// <summary>Path of the .p8 file, for <c>Push:Apns:PrivateKeyPath</c>.</summary>
    public string P8Path { get; }

    /// <summary>The private key, for tests that sign their own tokens; owned by this object.</summary>
    public ECDsa Private => _key;

    /// <summary>The public half the fake verifies with.</summary>
    public ECDsa PublicKey { get; }

    /// <summary>The PEM text, so tests can prove an error message never quotes it.</summary>
    public string P8Text => File.ReadAllText(P8Path);

    public string WriteFile(string name, string contents)
    {
        var path = Path.Combine(Directory.FullName, name);
        File.WriteAllText(path, contents);
        return path;
    }

    public void Dispose()
    {
        _key.Dispose();
        PublicKey.Dispose();
        Directory.Delete(recursive: true);
    }
}
