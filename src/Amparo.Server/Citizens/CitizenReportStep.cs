using Amparo.Domain.Citizens;

namespace Amparo.Server.Citizens;

/// <summary>One step of her report's follow-up as the citizen reads it.</summary>
public sealed record CitizenReportStep(ReportStatus Status, string? Area, DateTime At, string? Note);
