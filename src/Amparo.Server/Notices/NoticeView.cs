using Amparo.Data.Notices;
using Amparo.Domain.Notices;

namespace Amparo.Server.Notices;

/// <summary>A notice as the API lists it: number, recipient, status and its steps. The PDF is read apart (it may name the victim).</summary>
public sealed record NoticeView(
    Guid Id,
    Guid CaseId,
    Guid OrderId,
    string Recipient,
    string RecipientName,
    Guid? RecipientInstitutionId,
    string? RecipientInstitution,
    string Number,
    DateTime IssuedAt,
    string IssuedBy,
    Guid FileId,
    string Sha256,
    NoticeStatus Status,
    DateTime? DeliveredAt,
    string? DeliveredBy,
    DeliveryChannel? DeliveryChannel,
    string? DeliveryNote,
    DateTime? AcknowledgedAt,
    string? AcknowledgedBy,
    string? AcknowledgedRole,
    string? AcknowledgementNote,
    bool CarriesVictimData)
{
    public static NoticeView From(Notice n, string? institution)
    {
        ArgumentNullException.ThrowIfNull(n);
        return new(n.Id, n.CaseId, n.OrderId, NoticeRecipients.Letter(n.Recipient).ToString(), NoticeWords.Recipient(n.Recipient),
            n.RecipientInstitutionId, institution, n.Number, n.IssuedAt, n.IssuedBy, n.FileId, n.Sha256, n.Status,
            n.DeliveredAt, n.DeliveredBy, n.DeliveryChannel, n.DeliveryNote,
            n.AcknowledgedAt, n.AcknowledgedBy, n.AcknowledgedRole, n.AcknowledgementNote,
            NoticeDisclosure.For(n.Recipient).CarriesVictimData);
    }
}
