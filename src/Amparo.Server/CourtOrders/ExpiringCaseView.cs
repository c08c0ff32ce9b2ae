namespace Amparo.Server.CourtOrders;

/// <summary>A case whose surveillance ends soon: the court's queue of extensions to decide.</summary>
public sealed record ExpiringCaseView(Guid CaseId, string FileNumber, string Court, string Status, DateOnly EndsOn, int DaysLeft, bool Warned);
