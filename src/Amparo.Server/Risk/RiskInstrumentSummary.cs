using Amparo.Domain.Risk;

namespace Amparo.Server.Risk;

/// <summary>An instrument and its versions, for choosing one (the newest version's name and jurisdiction).</summary>
public sealed record RiskInstrumentSummary(
    string Code, LocalizedText Name, string Jurisdiction, RiskPopulation Population, IReadOnlyList<RiskInstrumentVersionView> Versions);

/// <summary>One version: <see cref="Shipped"/> with Amparo, or added by a centre (who and when).</summary>
public sealed record RiskInstrumentVersionView(
    string Version, string? LegalBasis, DateOnly? EffectiveFrom, DateOnly? EffectiveTo, bool Shipped, string? AddedBy, DateTime? AddedAt);
