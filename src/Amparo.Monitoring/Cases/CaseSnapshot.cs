using Amparo.Domain.Engine;

namespace Amparo.Monitoring.Cases;

/// <summary>What a case's grain loads on activation: who the case is, and the plan its engine evaluates.</summary>
public sealed record CaseSnapshot(Guid CaseId, string FileNumber, Guid JurisdictionId, CasePlan Plan);
