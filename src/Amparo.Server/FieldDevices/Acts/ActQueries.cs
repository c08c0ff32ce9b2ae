using Amparo.Data.Acts;
using Amparo.Data.Database;
using Amparo.Domain.People;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.FieldDevices.Acts;

/// <summary>Reads the acts of cases of the user's jurisdictions; a victim's act is restricted for roles that may not see her data.</summary>
public sealed class ActQueries(IDbContextFactory<AmparoDbContext> contexts)
{
    /// <returns>Null when the case is not one of the user's.</returns>
    public async Task<IReadOnlyList<ActView>?> ListAsync(Guid caseId, UserScope scope, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        if (!await FieldScope.Cases(db, scope).AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            return null;
        }

        return await ViewsAsync(db, db.FieldActs.Where(a => a.CaseId == caseId), scope, cancellationToken);
    }

    public async Task<ActView?> GetAsync(Guid actId, UserScope scope, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var cases = FieldScope.Cases(db, scope).Select(c => c.Id);
        return (await ViewsAsync(db, db.FieldActs.Where(a => a.Id == actId && cases.Contains(a.CaseId)), scope, cancellationToken)).FirstOrDefault();
    }

    private static async Task<List<ActView>> ViewsAsync(AmparoDbContext db, IQueryable<FieldAct> query, UserScope scope, CancellationToken cancellationToken)
    {
        var acts = await query.AsNoTracking().AsSplitQuery()
            .Include(a => a.Devices).Include(a => a.Attendees).Include(a => a.Photos)
            .OrderBy(a => a.At).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var actIds = acts.Select(a => a.Id).ToList();
        var deviceIds = acts.SelectMany(a => a.Devices).Select(d => d.DeviceId).Distinct().ToList();
        var devices = await db.Devices.AsNoTracking().Where(d => deviceIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => new { d.UniqueId, d.Kind }, cancellationToken);
        var fileIds = acts.SelectMany(a => a.Photos).Select(p => p.FileId).ToList();
        var files = await db.StoredFiles.AsNoTracking().Where(f => fileIds.Contains(f.Id))
            .Select(f => new { f.Id, f.FileName, f.Kind, f.Length, f.Sha256 })
            .ToDictionaryAsync(f => f.Id, cancellationToken);
        var institutionIds = acts.Select(a => a.InstitutionId).Concat(acts.Select(a => a.ReceivingInstitutionId).OfType<Guid>()).Distinct().ToList();
        var institutions = await db.Institutions.AsNoTracking().Where(i => institutionIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var charges = (await db.DamageCharges.AsNoTracking().Where(c => actIds.Contains(c.ActId)).ToListAsync(cancellationToken))
            .OrderBy(c => c.ChargedAt).ToLookup(c => c.ActId);
        return acts.Select(a =>
        {
            var restricted = a.Role == PartyRole.Victim && !scope.SeesVictimLocation;
            return new ActView(
                a.Id, a.CaseId, a.Kind, a.Role, restricted, a.At,
                restricted ? null : a.Address, restricted ? null : a.Latitude, restricted ? null : a.Longitude,
                a.InstitutionId, institutions.GetValueOrDefault(a.InstitutionId, "?"),
                a.ReceivingInstitutionId, a.ReceivingInstitutionId is { } r ? institutions.GetValueOrDefault(r) : null,
                a.RecordedBy, a.RecordedAt, restricted ? null : a.Notes,
                a.Devices.OrderBy(d => d.Installed).ThenBy(d => d.Id).Select(d => new ActDeviceView(
                    d.DeviceId, devices[d.DeviceId].UniqueId, devices[d.DeviceId].Kind, d.Installed, d.Condition, d.AssignmentId)).ToList(),
                restricted ? [] : a.Attendees.OrderBy(p => p.Rank).Select(p => new AttendeeView(
                    p.FullName, p.DocumentNumber, p.Role, p.SignatureFileId, p.RefusalReason)).ToList(),
                restricted ? [] : a.Photos.OrderBy(p => p.Rank).Select(p => new ActPhotoView(
                    p.FileId, files[p.FileId].FileName, files[p.FileId].Kind, files[p.FileId].Length, files[p.FileId].Sha256, p.Caption)).ToList(),
                charges[a.Id].Select(DamageChargeView.From).ToList());
        }).ToList();
    }
}
