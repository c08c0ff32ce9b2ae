namespace Amparo.Domain.Cases;

/// <summary>What happened to a case, as its timeline records it. Codes are stable; the console words them.</summary>
public static class CaseEventKinds
{
    public const string OrderRegistered = "order.registered";
    public const string OrderDocumentAttached = "order.document_attached";
    public const string AddressRecorded = "address.recorded";
    public const string AddressConfirmed = "address.confirmed";
    public const string AddressEnded = "address.ended";
    public const string DependantRecorded = "dependant.recorded";
    public const string DependantUpdated = "dependant.updated";
    public const string VehicleRecorded = "vehicle.recorded";
    public const string VehicleEnded = "vehicle.ended";
    public const string CoverageRecorded = "coverage.recorded";
    public const string ConsentRecorded = "consent.recorded";
    public const string RiskAssessed = "risk.assessed";
    public const string ActivationRefused = "activation.refused";
    public const string Activated = "case.activated";
    public const string DeviceInstalled = "device.installed";
    public const string DeviceRemoved = "device.removed";
    public const string DeviceSwapped = "device.swapped";
    public const string DamageChargeSettled = "device.charge_settled";
    public const string ExpiryWarned = "order.expiry_warned";
    public const string Extended = "order.extended";
    public const string MeasureVaried = "measure.varied";
    public const string Suspended = "case.suspended";
    public const string Reincorporated = "case.reincorporated";
    public const string CessationInterview = "cessation.interview";
    public const string Ceased = "case.ceased";
    public const string Closed = "case.closed";
    public const string NoticeIssued = "notice.issued";
    public const string NoticeDelivered = "notice.delivered";
    public const string NoticeAcknowledged = "notice.acknowledged";
    public const string ReportIssued = "report.issued";
    public const string CircuitRegistered = "circuit.registered";
    public const string ReassessmentDue = "risk.reassessment_due";
    public const string CheckInCalled = "followup.call";
    public const string PoliceRound = "followup.round";
    public const string AppCodeIssued = "app.code_issued";
    public const string AppEnrolled = "app.enrolled";
    public const string AppRevoked = "app.revoked";
    public const string TracksPurged = "retention.tracks_purged";
    public const string PersonalDataAnonymised = "retention.anonymised";
}
