using System.Security.Cryptography;
using System.Text;

namespace Amparo.Domain.Citizens;

/// <summary>The six-digit code sent by SMS: only its salted hash is kept, so the table does not give it away.</summary>
public static class VerificationCode
{
    public static string New() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static string NewSalt() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string Hash(string code, string salt) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + ":" + code)));

    public static bool Matches(string? code, string salt, string hash) =>
        code is { Length: 6 } && code.All(char.IsAsciiDigit)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(code, salt)), Encoding.ASCII.GetBytes(hash));
}
