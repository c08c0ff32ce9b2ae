namespace Amparo.Server.Cases;

/// <summary>A case as the case page shows it. Victim contact data is included only for those who may see it.</summary>
public sealed record CaseDetail(CaseSummary Case, IReadOnlyList<ZoneView> Zones, IReadOnlyList<PartyView> Parties);

public sealed record PartyView(string Role, string FullName, IReadOnlyList<string> Phones, IReadOnlyList<DeviceView> Devices);

public sealed record DeviceView(string UniqueId, string Kind);
