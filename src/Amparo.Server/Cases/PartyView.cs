namespace Amparo.Server.Cases;

/// <summary>
/// A party of a case. For a victim and a user who may not see her data, <see cref="Restricted"/> is set and her name,
/// document and phones are left out; her devices' health (no position) stays, since a silent device is everyone's concern.
/// </summary>
public sealed record PartyView(
    Guid PersonId, string Role, bool Restricted, string? FullName, string? DocumentNumber, IReadOnlyList<string> Phones,
    IReadOnlyList<DeviceHealth> Devices);
