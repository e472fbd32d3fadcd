using System.Buffers.Text;
using System.Security.Cryptography;
using MfaGrains.Api.Devices;
using MfaGrains.Contracts.Devices;

namespace MfaGrains.Api.Tests.Signatures;

public sealed class DeviceKeyCacheTests : IDisposable
{
    private readonly DeviceKeyCache _cache = new();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public void A_remembered_device_is_found_with_its_owner_and_the_key_imported_once()
    {
        var (x, y) = NewKey();
        Assert.Null(_cache.Find("dev-1"));

        var imported = _cache.Remember("dev-1", new DeviceCredential("alice", new DevicePublicKey(x, y)));
        var found = _cache.Find("dev-1");

        Assert.NotNull(imported);
        Assert.NotNull(found);
        Assert.Same(imported, found.Key);
        Assert.Equal("alice", found.OwnerId);
        Assert.Null(found.Refusal);
    }

    [Fact]
    public void A_forgotten_device_is_looked_up_again_and_a_new_owner_replaces_the_old()
    {
        var (x, y) = NewKey();
        _cache.Remember("dev-1", new DeviceCredential("alice", new DevicePublicKey(x, y)));

        _cache.Forget("dev-1");
        Assert.Null(_cache.Find("dev-1"));

        _cache.Remember("dev-1", new DeviceCredential("bob", new DevicePublicKey(x, y)));
        Assert.Equal("bob", _cache.Find("dev-1")!.OwnerId);
    }

    [Fact]
    public void Coordinates_off_the_curve_are_no_key_and_are_not_remembered()
    {
        var (x, _) = NewKey();
        var (_, otherY) = NewKey();

        Assert.Null(_cache.Remember("dev-1", new DeviceCredential("alice", new DevicePublicKey(x, otherY))));
        Assert.Null(_cache.Find("dev-1"));
    }

    [Fact]
    public void A_cached_key_still_verifies_signatures_from_many_threads_at_once()
    {
        using var signer = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var point = signer.ExportParameters(false).Q;
        var credential = new DeviceCredential("alice", new DevicePublicKey(Base64Url.EncodeToString(point.X), Base64Url.EncodeToString(point.Y)));
        var key = _cache.Remember("dev-1", credential)!;
        var data = "@method: POST"u8.ToArray();
        var signature = signer.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        var tampered = (byte[])signature.Clone();
        tampered[^1] ^= 1;

        var results = Enumerable.Range(0, 64).AsParallel().Select(i => key.VerifySignature(data, i % 2 == 0 ? signature : tampered)).ToList();

        Assert.Equal(Enumerable.Range(0, 64).Select(i => i % 2 == 0), results);
    }

    private static (string X, string Y) NewKey()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var point = ecdsa.ExportParameters(false).Q;
        return (Base64Url.EncodeToString(point.X), Base64Url.EncodeToString(point.Y));
    }
}
