using Amparo.Domain.Monitoring;
using Amparo.Domain.Positions;

namespace Amparo.Monitoring.Cases;

/// <summary>What a case's grain loads on activation.</summary>
public sealed record CaseSnapshot(Guid CaseId, string FileNumber, Guid JurisdictionId, CaseRules Rules, IReadOnlyList<PartyFix> LastFixes);
