using System.Security.Cryptography;

namespace Amparo.Data.Portability;

/// <summary>A file's SHA-256 in lowercase hex, read as a stream: an export's files can be gigabytes.</summary>
internal static class ExportFileHash
{
    public static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
