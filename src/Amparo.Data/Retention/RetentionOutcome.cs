namespace Amparo.Data.Retention;

/// <summary>What one retention pass did.</summary>
public sealed record RetentionOutcome(int CasesPurged, int FixesDeleted, int CasesAnonymised);
