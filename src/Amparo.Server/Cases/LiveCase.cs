namespace Amparo.Server.Cases;

/// <summary>A case on the live map: its zones and both parties' last fixes (the victim's only for those allowed).</summary>
public sealed record LiveCase(CaseSummary Case, IReadOnlyList<ZoneView> Zones, TrackPoint? Aggressor, TrackPoint? Victim);
