using System.Security.Cryptography;
using System.Text;

namespace Amparo.Domain.Integrity;

/// <summary>SHA-256 as Amparo writes it everywhere: lowercase hex.</summary>
public static class Hashes
{
    /// <summary>What comes before the first entry of a chain.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Sha256(string text) => Sha256(Encoding.UTF8.GetBytes(text ?? throw new ArgumentNullException(nameof(text))));

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes ?? throw new ArgumentNullException(nameof(bytes))));
}
