using System.Security.Cryptography;
using System.Text;

namespace Amparo.Server.App;

/// <summary>The app's secrets: enrolment codes a person can read aloud, refresh tokens, and the hashes kept instead of either.</summary>
public static class AppSecrets
{
    /// <summary>No 0/O or 1/I: a code read over the phone is not misheard.</summary>
    public const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Eight characters shown as XXXX-XXXX.</summary>
    public static string NewCode()
    {
        var chars = RandomNumberGenerator.GetItems<char>(CodeAlphabet, 8);
        return new string(chars, 0, 4) + "-" + new string(chars, 4, 4);
    }

    /// <summary>The code as typed, without dashes or spaces, in capitals; null when it cannot be a code.</summary>
    public static string? NormaliseCode(string? typed)
    {
        var code = new string((typed ?? "").Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant).ToArray());
        return code.Length == 8 && code.All(CodeAlphabet.Contains) ? code : null;
    }

    /// <summary>32 random bytes, base64url.</summary>
    public static string NewRefreshToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
