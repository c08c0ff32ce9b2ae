using Amparo.Domain.Cases;
using Amparo.Domain.Intake;

namespace Amparo.Data.Cases;

/// <summary>A judicial case whose protection order Amparo monitors.</summary>
public sealed class MonitoredCase
{
    public Guid Id { get; set; }

    public required string FileNumber { get; set; }

    public required string Court { get; set; }

    public CaseStatus Status { get; set; }

    public Guid JurisdictionId { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The IANA time zone the order's schedules are written in (curfews, routes).</summary>
    public string TimeZone { get; set; } = "America/Lima";

    /// <summary>Thresholds this case's order sets apart from the deployment's defaults, as JSON of engine settings.</summary>
    public string? EngineSettingsJson { get; set; }

    /// <summary>The restriction distance the court ordered (seed 002: at least 1,000 m).</summary>
    public double PerimeterMetres { get; set; } = 1_000;

    /// <summary>The victim's informed consent to carry her own device (voluntary; the aggressor's is mandatory).</summary>
    public ConsentDecision VictimConsent { get; set; }

    public string? VictimConsentBy { get; set; }

    public DateTime? VictimConsentAt { get; set; }

    public DateTime? ActivatedAt { get; set; }

    public string? ActivatedBy { get; set; }

    /// <summary>The end date the ten-day expiry warning was last given for; an extension makes a new one due.</summary>
    public DateOnly? ExpiryWarnedFor { get; set; }

    /// <summary>The due date of the risk assessment the reminder was last given for; a new assessment makes a new one due.</summary>
    public DateOnly? ReassessmentWarnedFor { get; set; }

    public DateTime? ClosedAt { get; set; }

    /// <summary>When the retention rule of its jurisdiction deleted its tracks.</summary>
    public DateTime? TracksPurgedAt { get; set; }

    /// <summary>When the retention rule of its jurisdiction anonymised its parties' personal data.</summary>
    public DateTime? PersonalDataAnonymisedAt { get; set; }

    public CaseClosure? Closure { get; set; }

    public List<ProtectionMeasure> Measures { get; set; } = [];
}
