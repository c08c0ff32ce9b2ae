using Amparo.Domain.Documents;

namespace Amparo.Data.Documents;

/// <summary>
/// A file kept in the database with the record it belongs to (a judicial order, an installation act's photo or
/// signature): it travels with backups and exports, and its hash lets a court check it was not altered.
/// </summary>
public sealed class StoredFile
{
    public Guid Id { get; set; }

    /// <summary>The case it belongs to, when it belongs to one (its reads are then the case's reads).</summary>
    public Guid? CaseId { get; set; }

    public required string FileName { get; set; }

    public FileKind Kind { get; set; }

    public long Length { get; set; }

    /// <summary>SHA-256 of the content, lowercase hex.</summary>
    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }

    public required string UploadedBy { get; set; }

    public DateTime UploadedAt { get; set; }
}
