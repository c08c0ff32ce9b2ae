using Amparo.Domain.Citizens;

namespace Amparo.Data.Citizens;

/// <summary>An emergency or public-service report: from the app, or phoned in and registered by an operator.</summary>
public sealed class CitizenReport
{
    public Guid Id { get; set; }

    /// <summary>The registered citizen who filed it; null when staff registered a call.</summary>
    public Guid? CitizenId { get; set; }

    public Guid JurisdictionId { get; set; }

    public required string IdempotencyKey { get; set; }

    /// <summary>A <see cref="ReportCatalogue"/> code.</summary>
    public required string Category { get; set; }

    public ReportQueue Queue { get; set; }

    public required string Description { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public Guid? PhotoId { get; set; }

    /// <summary>The <see cref="MunicipalAreas"/> code it was routed to.</summary>
    public string? Area { get; set; }

    public ReportStatus Status { get; set; }

    public DateTime FiledAt { get; set; }

    /// <summary>The operator who registered it for a caller; null when the citizen filed it.</summary>
    public string? RegisteredBy { get; set; }

    /// <summary>The caller's name and phone when staff registered it.</summary>
    public string? CallerName { get; set; }

    public string? CallerPhone { get; set; }
}
