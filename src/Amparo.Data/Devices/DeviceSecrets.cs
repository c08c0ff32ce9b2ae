using System.Security.Cryptography;
using System.Text;

namespace Amparo.Data.Devices;

/// <summary>A device's secret: random, shown once, kept as its SHA-256 (a secret of 192 random bits needs no slow hash).</summary>
public static class DeviceSecrets
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Whether what the device sent matches, in constant time.</summary>
    public static bool Matches(string? hash, string? presented) =>
        hash is null || (presented is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(presented)), Encoding.ASCII.GetBytes(hash)));
}
