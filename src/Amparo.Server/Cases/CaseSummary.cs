using Amparo.Domain.Cases;

namespace Amparo.Server.Cases;

public sealed record CaseSummary(Guid Id, string FileNumber, string Court, CaseStatus Status, Guid JurisdictionId, string Jurisdiction, int OpenAlarms);
