using Amparo.Domain.Stock;

namespace Amparo.Server.FieldDevices.Acts;

/// <summary>A person present at the act: a signature image (PNG or JPEG), or the reason she refused to sign.</summary>
public sealed record AttendeeRequest(string? FullName, AttendeeRole? Role, string? DocumentNumber = null, FileRequest? Signature = null, string? RefusalReason = null);
