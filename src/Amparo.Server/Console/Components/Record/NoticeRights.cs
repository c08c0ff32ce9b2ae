using Amparo.Domain.Notices;
using Amparo.Server.Auth;
using Amparo.Server.Notices;

namespace Amparo.Server.Console.Components.Record;

/// <summary>
/// What the signed-in user may do with a case's notices, by the same rules the notice commands apply: the court or
/// the supervision issue; the court, the supervision or the recipient institution's users record the delivery; the
/// supervision or the recipient's users the acknowledgement; a PDF that carries her data only for roles that read it.
/// </summary>
public sealed record NoticeRights(UserScope Scope, Guid? Institution)
{
    public bool MayIssue => Scope.IsAny(NoticeIssuer.Issuers);

    public bool MayDeliver(NoticeView notice) =>
        notice is { Status: NoticeStatus.Issued } && (Scope.IsAny(NoticeCommands.Deliverers) || IsRecipient(notice));

    public bool MayAcknowledge(NoticeView notice) =>
        notice is { Status: NoticeStatus.Delivered } && (Scope.IsAny(NoticeCommands.Acknowledgers) || IsRecipient(notice));

    public bool MayRead(NoticeView notice) => notice is not null && (!notice.CarriesVictimData || Scope.SeesVictimData);

    private bool IsRecipient(NoticeView notice) => notice.RecipientInstitutionId is { } id && id == Institution;
}
