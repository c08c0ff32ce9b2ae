using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Data.Notices;
using Amparo.Domain.Cases;
using Amparo.Domain.Notices;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Notices;

/// <summary>
/// A notice's steps after it is issued: delivered (by the court, the recipient or the centre's supervision), then
/// acknowledged (by the recipient institution's users or the supervision). Each step is on the case's timeline.
/// </summary>
public sealed class NoticeCommands(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    private const int MaxText = 2000;

    /// <summary>Who records any notice's delivery besides its recipient institution's users: the court and the centre's supervision.</summary>
    public static IReadOnlyList<string> Deliverers { get; } = [.. NoticeAccess.Supervisors, AmparoRoles.Juzgado];

    /// <summary>Who records any notice's acknowledgement besides its recipient institution's users: the centre's supervision.</summary>
    public static IReadOnlyList<string> Acknowledgers { get; } = NoticeAccess.Supervisors;

    public async Task<CommandResult<NoticeView>> DeliverAsync(Guid noticeId, DeliveryRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        var channel = Enum.GetNames<DeliveryChannel>().FirstOrDefault(n => string.Equals(n, request.Channel?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (channel is null)
        {
            return CommandResult.Refused<NoticeView>(CommandOutcome.Invalid, $"Indique el medio de entrega: {string.Join(", ", Enum.GetNames<DeliveryChannel>())}.");
        }

        var step = new Step(Deliverers,
            "Solo el juzgado, la institución destinataria o la supervisión del centro registran la entrega.",
            NoticeStatus.Issued, "El oficio ya fue entregado.");
        return await StepAsync(noticeId, scope, request.At, request.Note, step,
            (notice, at) =>
            {
                notice.Status = NoticeStatus.Delivered;
                notice.DeliveredAt = at;
                notice.DeliveredBy = Text(request.DeliveredBy, 256) ?? scope.UserName;
                notice.DeliveryChannel = Enum.Parse<DeliveryChannel>(channel);
                notice.DeliveryNote = Text(request.Note, MaxText);
                notice.DeliveryRecordedBy = scope.UserName;
                return (CaseEventKinds.NoticeDelivered, new { noticeId, notice.Number, channel, deliveredAt = at, notice.DeliveredBy });
            },
            cancellationToken);
    }

    public async Task<CommandResult<NoticeView>> AcknowledgeAsync(Guid noticeId, AcknowledgementRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        if (Text(request.AcknowledgedBy, 256) is not { } by)
        {
            return CommandResult.Refused<NoticeView>(CommandOutcome.Invalid, "Indique quién recibió el oficio por la institución destinataria.");
        }

        var step = new Step(Acknowledgers,
            "Solo la institución destinataria o la supervisión del centro registran el acuse de recibo.",
            NoticeStatus.Delivered, "El oficio debe estar entregado, y sin acuse previo, para registrar su acuse de recibo.");
        return await StepAsync(noticeId, scope, request.At, request.Note, step,
            (notice, at) =>
            {
                notice.Status = NoticeStatus.Acknowledged;
                notice.AcknowledgedAt = at;
                notice.AcknowledgedBy = by;
                notice.AcknowledgedRole = Text(request.Role, 200);
                notice.AcknowledgementNote = Text(request.Note, MaxText);
                notice.AcknowledgementRecordedBy = scope.UserName;
                return (CaseEventKinds.NoticeAcknowledged, new { noticeId, notice.Number, acknowledgedAt = at, by, role = notice.AcknowledgedRole });
            },
            cancellationToken);
    }

    private async Task<CommandResult<NoticeView>> StepAsync(
        Guid noticeId, UserScope scope, DateTime? at, string? note, Step step,
        Func<Notice, DateTime, (string Kind, object Data)> apply, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var notice = await NoticeAccess.FindAsync(db, noticeId, scope, cancellationToken);
        if (notice is null)
        {
            return NoticeRefusals.NoticeNotFound<NoticeView>();
        }

        if (!scope.IsAny(step.Roles) && !await NoticeAccess.IsRecipientAsync(db, notice, scope, cancellationToken))
        {
            return CommandResult.Refused<NoticeView>(CommandOutcome.Forbidden, step.Forbidden);
        }

        if (notice.Status != step.From)
        {
            return CommandResult.Refused<NoticeView>(CommandOutcome.Conflict, step.Conflict);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var when = at is { } given ? Utc.Of(given) : now;
        if (when > now.AddMinutes(5) || when < notice.IssuedAt.AddMinutes(-5) || (notice.DeliveredAt is { } delivered && when < delivered.AddMinutes(-5)))
        {
            return CommandResult.Refused<NoticeView>(CommandOutcome.Invalid, "La fecha no puede ser futura ni anterior al paso previo del oficio.");
        }

        var (kind, data) = apply(notice, when);
        notice.Version++;
        CaseTimeline.Record(db, notice.CaseId, kind, scope.UserName, now, note, data);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Refused<NoticeView>(CommandOutcome.Conflict, "Otra persona registró un paso de este oficio a la vez; recargue y vuelva a intentar.");
        }

        return CommandResult.Ok(NoticeView.From(notice, await NoticeAccess.InstitutionNameAsync(db, notice, cancellationToken)));
    }

    /// <summary>A step: who may record it besides the recipient, why not otherwise, the status it follows, and why not then.</summary>
    private sealed record Step(IReadOnlyList<string> Roles, string Forbidden, NoticeStatus From, string Conflict);

    private static string? Text(string? text, int max) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var t && t.Length > max ? t[..max] : text.Trim();
}
