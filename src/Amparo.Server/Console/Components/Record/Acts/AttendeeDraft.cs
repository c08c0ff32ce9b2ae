using Amparo.Domain.Stock;
using Amparo.Server.FieldDevices.Acts;

namespace Amparo.Server.Console.Components.Record.Acts;

/// <summary>A person present at the act as typed: a signature image, or the reason she refused to sign.</summary>
public sealed class AttendeeDraft
{
    public string? FullName { get; set; }

    public AttendeeRole? Role { get; set; }

    public string? DocumentNumber { get; set; }

    public FileRequest? Signature { get; set; }

    public string? RefusalReason { get; set; }

    public AttendeeRequest ToRequest() =>
        new(FullName, Role, DocumentNumber, Signature, string.IsNullOrWhiteSpace(RefusalReason) ? null : RefusalReason);
}
