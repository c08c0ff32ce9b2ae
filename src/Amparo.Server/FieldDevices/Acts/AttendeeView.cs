using Amparo.Domain.Stock;

namespace Amparo.Server.FieldDevices.Acts;

/// <summary>A person present at an act: her signature (GET /api/files/{signatureFileId}) or her refusal to sign.</summary>
public sealed record AttendeeView(string FullName, string? DocumentNumber, AttendeeRole Role, Guid? SignatureFileId, string? RefusalReason);
