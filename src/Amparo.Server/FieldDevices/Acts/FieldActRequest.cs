using Amparo.Domain.People;

namespace Amparo.Server.FieldDevices.Acts;

/// <summary>
/// What every field act records, as JSON: the party (Aggressor or Victim), when (default now) and where (address,
/// optional latitude and longitude), the institution that did it (default the user's), the people present, each with
/// a signature image or a refusal to sign, photos, and notes. Images travel in base64 (a data: URL prefix is accepted).
/// </summary>
public abstract class FieldActRequest
{
    public PartyRole? Party { get; init; }

    public DateTime? At { get; init; }

    public string? Address { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public Guid? InstitutionId { get; init; }

    public List<AttendeeRequest> Attendees { get; init; } = [];

    public List<FileRequest> Photos { get; init; } = [];

    public string? Notes { get; init; }
}
