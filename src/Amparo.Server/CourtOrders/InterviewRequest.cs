namespace Amparo.Server.CourtOrders;

/// <summary>The interview with the victim before she may leave the programme.</summary>
public sealed record InterviewRequest(string Institution, bool RisksExplained, bool WishesToLeave, string? Note);
