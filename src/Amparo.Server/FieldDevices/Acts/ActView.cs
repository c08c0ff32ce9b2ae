using Amparo.Domain.People;
using Amparo.Domain.Stock;

namespace Amparo.Server.FieldDevices.Acts;

/// <summary>
/// A field act as the API shows it. A victim's act to a role that may not see her data is <see cref="Restricted"/>:
/// its place, notes, people and photos are left out (they locate and name her); its devices, dates and charges stay.
/// </summary>
public sealed record ActView(
    Guid Id,
    Guid CaseId,
    FieldActKind Kind,
    PartyRole Party,
    bool Restricted,
    DateTime At,
    string? Address,
    double? Latitude,
    double? Longitude,
    Guid InstitutionId,
    string Institution,
    Guid? ReceivingInstitutionId,
    string? ReceivingInstitution,
    string RecordedBy,
    DateTime RecordedAt,
    string? Notes,
    IReadOnlyList<ActDeviceView> Devices,
    IReadOnlyList<AttendeeView> Attendees,
    IReadOnlyList<ActPhotoView> Photos,
    IReadOnlyList<DamageChargeView> Charges);
