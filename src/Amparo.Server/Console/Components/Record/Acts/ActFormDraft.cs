using Amparo.Domain.People;
using Amparo.Domain.Stock;
using Amparo.Server.FieldDevices.Acts;

namespace Amparo.Server.Console.Components.Record.Acts;

/// <summary>
/// An act being filled in on the case file: its paper (party, when, where, who did it, who was there, photos, notes)
/// and what it does to the devices; it becomes the same request the API takes.
/// </summary>
public sealed class ActFormDraft(FieldActKind kind)
{
    public FieldActKind Kind { get; } = kind;

    public PartyRole Party { get; set; } = PartyRole.Aggressor;

    /// <summary>When, on the centre's clock; empty: now.</summary>
    public DateTime? At { get; set; }

    public string? Address { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public Guid? InstitutionId { get; set; }

    public Guid? ReceivingInstitutionId { get; set; }

    public string? Notes { get; set; }

    /// <summary>Installation: the serials put on.</summary>
    public HashSet<string> Installing { get; } = new(StringComparer.Ordinal);

    /// <summary>Removal: one line per device the party wears.</summary>
    public List<RemovedDeviceDraft> Removing { get; } = [];

    /// <summary>Swap: the device taken off, and its replacement.</summary>
    public RemovedDeviceDraft Removed { get; } = new();

    public string? Replacement { get; set; }

    public List<AttendeeDraft> Attendees { get; } = [new() { Role = AttendeeRole.Wearer }];

    public List<FileRequest> Photos { get; } = [];

    public InstallationRequest ToInstallation(TimeZoneInfo zone) => WithPaper(new InstallationRequest
    {
        Party = Party, At = Utc(zone), Address = Address, Latitude = Latitude, Longitude = Longitude, InstitutionId = InstitutionId, Notes = Notes,
        Devices = [.. Installing],
    });

    public RemovalRequest ToRemoval(TimeZoneInfo zone) => WithPaper(new RemovalRequest
    {
        Party = Party, At = Utc(zone), Address = Address, Latitude = Latitude, Longitude = Longitude, InstitutionId = InstitutionId, Notes = Notes,
        Devices = Removing.Where(r => r.Included).Select(r => r.ToRequest()).ToList(), ReceivingInstitutionId = ReceivingInstitutionId,
    });

    public SwapRequest ToSwap(TimeZoneInfo zone) => WithPaper(new SwapRequest
    {
        Party = Party, At = Utc(zone), Address = Address, Latitude = Latitude, Longitude = Longitude, InstitutionId = InstitutionId, Notes = Notes,
        Removed = Removed.ToRequest(), Replacement = Replacement, ReceivingInstitutionId = ReceivingInstitutionId,
    });

    /// <summary>The time typed is the centre's: the services take UTC.</summary>
    private DateTime? Utc(TimeZoneInfo zone) =>
        At is { } local ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone) : null;

    private T WithPaper<T>(T request)
        where T : FieldActRequest
    {
        request.Attendees.AddRange(Attendees.Select(a => a.ToRequest()));
        request.Photos.AddRange(Photos);
        return request;
    }
}
