namespace Amparo.Server.Cases;

/// <summary>
/// A case as the case page shows it: its zones, its parties with their devices' health and the measures the court
/// ordered. Victim contact data is included only for those who may see it.
/// </summary>
public sealed record CaseDetail(
    CaseSummary Case, IReadOnlyList<ZoneView> Zones, IReadOnlyList<PartyView> Parties, IReadOnlyList<MeasureView> Measures);
