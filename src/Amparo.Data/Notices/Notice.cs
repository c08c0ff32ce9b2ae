using Amparo.Domain.Notices;

namespace Amparo.Data.Notices;

/// <summary>
/// A judicial notice (oficio) of a case's order to one of its recipients (seed 002, point 4, A–F): its number, the PDF
/// as issued (a <see cref="Documents.StoredFile"/> and its SHA-256), its delivery and the recipient's acknowledgement.
/// </summary>
public sealed class Notice
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid OrderId { get; set; }

    public NoticeRecipient Recipient { get; set; }

    /// <summary>The institution that received it, when it is registered in Amparo; its users acknowledge it.</summary>
    public Guid? RecipientInstitutionId { get; set; }

    /// <summary>The issuing court, as the order names it: numbers run per court and year.</summary>
    public required string Court { get; set; }

    public int Year { get; set; }

    public int Sequence { get; set; }

    /// <summary>The number as printed: "12-2026-2JF".</summary>
    public required string Number { get; set; }

    public DateTime IssuedAt { get; set; }

    public required string IssuedBy { get; set; }

    public Guid FileId { get; set; }

    /// <summary>SHA-256 of the PDF as issued, lowercase hex.</summary>
    public required string Sha256 { get; set; }

    public NoticeStatus Status { get; set; }

    public DateTime? DeliveredAt { get; set; }

    /// <summary>Who delivered it (a name, as told).</summary>
    public string? DeliveredBy { get; set; }

    public DeliveryChannel? DeliveryChannel { get; set; }

    public string? DeliveryNote { get; set; }

    public DateTime? AcknowledgedAt { get; set; }

    /// <summary>Who received it for the recipient: a name, as signed.</summary>
    public string? AcknowledgedBy { get; set; }

    /// <summary>Her or his position at the recipient ("Jefa del Área de Género").</summary>
    public string? AcknowledgedRole { get; set; }

    public string? AcknowledgementNote { get; set; }

    /// <summary>The Amparo users who recorded the delivery and the acknowledgement.</summary>
    public string? DeliveryRecordedBy { get; set; }

    public string? AcknowledgementRecordedBy { get; set; }

    /// <summary>SHA-256 over the records it was written from (the order, each measure, the parties, their addresses): see <see cref="Manifest"/>.</summary>
    public string? RecordsHash { get; set; }

    /// <summary>Each record it was written from with its hash, as JSON.</summary>
    public string? Manifest { get; set; }

    /// <summary>The integrity ledger's last link when it was issued, printed on it.</summary>
    public long? AnchorIndex { get; set; }

    public string? AnchorHash { get; set; }

    /// <summary>Its link in the integrity ledger, once sealed.</summary>
    public long? LedgerIndex { get; set; }

    /// <summary>Optimistic concurrency: two users cannot both record the same step.</summary>
    public int Version { get; set; }
}
