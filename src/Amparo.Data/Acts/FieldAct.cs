using Amparo.Domain.People;
using Amparo.Domain.Stock;

namespace Amparo.Data.Acts;

/// <summary>
/// An act signed in the field when devices are put on or taken off a party of a case (acta de instalación, acta de
/// desinstalación, or a swap of both at once): where and when, who did it, who was present and signed, its photos.
/// </summary>
public sealed class FieldAct
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public FieldActKind Kind { get; set; }

    /// <summary>The party who wears the devices.</summary>
    public Guid PersonId { get; set; }

    public PartyRole Role { get; set; }

    /// <summary>When the act took place (the devices' assignments start or end then).</summary>
    public DateTime At { get; set; }

    public required string Address { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>The institution that installed or removed the devices.</summary>
    public Guid InstitutionId { get; set; }

    /// <summary>The institution that takes removed devices into custody (police, per the removal protocol).</summary>
    public Guid? ReceivingInstitutionId { get; set; }

    /// <summary>The user who recorded the act and did the work.</summary>
    public required string RecordedBy { get; set; }

    public DateTime RecordedAt { get; set; }

    public string? Notes { get; set; }

    public List<FieldActDevice> Devices { get; set; } = [];

    public List<ActAttendee> Attendees { get; set; } = [];

    public List<ActPhoto> Photos { get; set; } = [];
}
