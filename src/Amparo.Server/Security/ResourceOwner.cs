namespace Amparo.Server.Security;

/// <summary>The case (if any) and jurisdiction a route's record belongs to.</summary>
public sealed record ResourceOwner(Guid? CaseId, Guid JurisdictionId);
