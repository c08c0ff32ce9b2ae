using System.Security.Cryptography;
using Amparo.Domain.Documents;

namespace Amparo.Data.Documents;

/// <summary>Checks an uploaded file by its content and size and makes the row that keeps it.</summary>
public static class FileUpload
{
    /// <summary>10 MiB: a scanned order of a few pages, a phone photo.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <returns>The file to store, or the Spanish reason it is refused.</returns>
    public static (StoredFile? File, string? Refusal) Check(
        byte[] content, string fileName, IReadOnlyCollection<FileKind> allowed, Guid? caseId, string uploadedBy, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(allowed);
        if (content.Length == 0)
        {
            return (null, "El archivo está vacío.");
        }

        if (content.Length > MaxBytes)
        {
            return (null, $"El archivo supera el máximo de {MaxBytes / (1024 * 1024)} MiB.");
        }

        var kind = FileSignature.Detect(content);
        if (kind is null || !allowed.Contains(kind.Value))
        {
            return (null, $"El contenido del archivo no es de un tipo admitido ({string.Join(", ", allowed)}).");
        }

        var name = Path.GetFileName(string.IsNullOrWhiteSpace(fileName) ? "archivo" : fileName.Trim());
        return (new StoredFile
        {
            Id = Guid.CreateVersion7(),
            CaseId = caseId,
            FileName = name.Length > 255 ? name[..255] : name,
            Kind = kind.Value,
            Length = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            UploadedBy = uploadedBy,
            UploadedAt = at,
        }, null);
    }
}
