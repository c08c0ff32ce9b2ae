using Amparo.Data.Database;
using Amparo.Domain.Stock;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.FieldDevices.Stock;

/// <summary>Reads the stock of a user's jurisdictions: devices with status and custodian, totals, a device's history, custodians.</summary>
public sealed class StockQueries(IDbContextFactory<AmparoDbContext> contexts)
{
    public async Task<StockReport> ReportAsync(UserScope scope, StockStatus? status, Guid? institutionId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var devices = await ViewsAsync(db, scope, null, institutionId, cancellationToken);
        var totals = devices.GroupBy(d => (d.CustodianId, d.Custodian))
            .Select(g => new StockTotals(g.Key.CustodianId, g.Key.Custodian,
                g.Count(d => d.Status == StockStatus.InStore), g.Count(d => d.Status == StockStatus.Assigned),
                g.Count(d => d.Status == StockStatus.Installed), g.Count(d => d.Status == StockStatus.InRepair),
                g.Count(d => d.Status == StockStatus.Lost), g.Count(d => d.Status == StockStatus.Retired)))
            .OrderBy(t => t.Institution, StringComparer.Ordinal)
            .ToList();
        return new StockReport(status is { } only ? devices.Where(d => d.Status == only).ToList() : devices, totals);
    }

    public async Task<StockDeviceView?> DeviceAsync(Guid deviceId, UserScope scope, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return (await ViewsAsync(db, scope, deviceId, null, cancellationToken)).FirstOrDefault();
    }

    public async Task<DeviceHistory?> HistoryAsync(Guid deviceId, UserScope scope, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var device = (await ViewsAsync(db, scope, deviceId, null, cancellationToken)).FirstOrDefault();
        if (device is null)
        {
            return null;
        }

        var movements = await (
            from m in db.DeviceMovements.AsNoTracking()
            where m.DeviceId == deviceId
            join f in db.Institutions.AsNoTracking() on m.FromInstitutionId equals f.Id into froms
            from f in froms.DefaultIfEmpty()
            join t in db.Institutions.AsNoTracking() on m.ToInstitutionId equals t.Id into tos
            from t in tos.DefaultIfEmpty()
            orderby m.At, m.Id
            select new MovementView(m.Id, m.At, m.FromStatus, m.ToStatus, m.FromInstitutionId, f == null ? null : f.Name,
                m.ToInstitutionId, t == null ? null : t.Name, m.CaseId, m.ActId, m.By, m.Note))
            .ToListAsync(cancellationToken);
        return new DeviceHistory(device, movements);
    }

    public async Task<IReadOnlyList<CustodianView>> CustodiansAsync(UserScope scope, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var institutions = await FieldScope.Institutions(db, scope).AsNoTracking().OrderBy(i => i.Name).ToListAsync(cancellationToken);
        return institutions.Select(CustodianView.From).ToList();
    }

    private static async Task<List<StockDeviceView>> ViewsAsync(
        AmparoDbContext db, UserScope scope, Guid? deviceId, Guid? institutionId, CancellationToken cancellationToken)
    {
        var devices = FieldScope.Devices(db, scope).AsNoTracking();
        if (deviceId is { } id)
        {
            devices = devices.Where(d => d.Id == id);
        }

        if (institutionId is { } institution)
        {
            devices = devices.Where(d => d.CustodianId == institution);
        }

        return await (
            from d in devices
            join i in db.Institutions.AsNoTracking() on d.CustodianId equals i.Id into custodians
            from i in custodians.DefaultIfEmpty()
            let a = db.DeviceAssignments.FirstOrDefault(a => a.DeviceId == d.Id && a.RemovedAt == null)
            orderby d.UniqueId
            select new StockDeviceView(d.Id, d.UniqueId, d.Kind, d.Protocol, d.Model, d.Label, d.StockStatus, d.CustodianId,
                i == null ? null : i.Name, d.ReservedCaseId, a == null ? null : a.CaseId, a == null ? null : a.Role))
            .ToListAsync(cancellationToken);
    }
}
