using Amparo.Data.Acts;
using Amparo.Data.Database;
using Amparo.Domain.Cases;
using Amparo.Domain.Stock;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.FieldDevices.Acts;

/// <summary>
/// Opens an act on a case of the user's jurisdictions (else 404): an installation or a swap only on an active case
/// (else 409), then its paperwork, the party and the institution that does it (the user's by default) checked (else 400).
/// </summary>
internal static class ActOpening
{
    public static async Task<(ActDraft? Draft, CommandResult<ActView>? Refusal)> OpenAsync(
        AmparoDbContext db, Guid caseId, FieldActRequest request, FieldActKind kind, UserScope scope, DateTime now, CancellationToken cancellationToken)
    {
        var monitored = await FieldScope.Cases(db, scope).FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (monitored is null)
        {
            return (null, CommandResult.Refused<ActView>(CommandOutcome.NotFound, "El caso no existe o no es de sus jurisdicciones."));
        }

        if (kind != FieldActKind.Removal && monitored.Status != CaseStatus.Active)
        {
            return (null, CommandResult.Refused<ActView>(CommandOutcome.Conflict,
                $"El caso {monitored.FileNumber} no está activo ({FieldWords.Of(monitored.Status)}): no se le instalan dispositivos."));
        }

        var actId = Guid.CreateVersion7();
        var paper = ActPaperwork.Check(request, actId, caseId, scope.UserName, now);
        var role = request.Party ?? default;
        var person = request.Party is null ? null
            : await db.People.Where(p => p.CaseId == caseId && p.Role == role).OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        if (request.Party is not null && person is null)
        {
            paper.Problems.Add($"El caso no tiene registrada la parte: {FieldWords.Of(role)}.");
        }

        var institutionId = request.InstitutionId
            ?? await db.Users.Where(u => u.UserName == scope.UserName).Select(u => u.InstitutionId).FirstOrDefaultAsync(cancellationToken);
        var institution = await FieldScope.Institutions(db, scope).FirstOrDefaultAsync(i => i.Id == institutionId, cancellationToken);
        if (institution is null)
        {
            paper.Problems.Add("Indique la institución que labra el acta (una de sus jurisdicciones).");
        }

        if (paper.Problems.Count > 0)
        {
            return (null, CommandResult.Invalid<ActView>(paper.Problems));
        }

        var act = new FieldAct
        {
            Id = actId, CaseId = caseId, Kind = kind, PersonId = person!.Id, Role = role,
            At = request.At?.ToUniversalTime() ?? now, Address = request.Address!.Trim(),
            Latitude = request.Latitude, Longitude = request.Longitude, InstitutionId = institution!.Id,
            RecordedBy = scope.UserName, RecordedAt = now, Notes = FieldText.Trimmed(request.Notes, 4000),
        };
        return (new ActDraft(db, monitored, person, institution, act, paper, scope.UserName), null);
    }
}
