using Amparo.Domain.Documents;

namespace Amparo.Server.FieldDevices.Acts;

/// <summary>A photo of an act (GET /api/files/{fileId}), with its SHA-256 so a court can check it was not altered.</summary>
public sealed record ActPhotoView(Guid FileId, string FileName, FileKind Kind, long Length, string Sha256, string? Caption);
