namespace Amparo.Server.CourtOrders;

/// <summary>A victim who, once told the risks, asked to leave the programme: the court's decision is awaited.</summary>
public sealed record CessationRequestView(
    Guid CaseId, string FileNumber, string Court, string Status, DateTime InterviewedAt, string Institution, string ConductedBy);
