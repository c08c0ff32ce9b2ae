using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Notices;

/// <summary>Reads the facts a notice is written from, for a case and its order.</summary>
internal static class NoticeFactsReader
{
    public static async Task<NoticeFacts> ReadAsync(AmparoDbContext db, MonitoredCase monitored, JudicialOrder order, CancellationToken cancellationToken)
    {
        var place = await db.Jurisdictions.Where(j => j.Id == monitored.JurisdictionId).Select(j => j.Name).FirstAsync(cancellationToken);
        var measures = await db.ProtectionMeasures.AsNoTracking().Where(m => m.CaseId == monitored.Id)
            .OrderBy(m => m.StartsOn).ThenBy(m => m.Type).ToListAsync(cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => p.CaseId == monitored.Id).ToListAsync(cancellationToken);
        var addresses = await db.CaseAddresses.AsNoTracking().Where(a => a.CaseId == monitored.Id && a.EndedAt == null)
            .OrderBy(a => a.Kind).ThenBy(a => a.Text).ToListAsync(cancellationToken);
        return new NoticeFacts(
            monitored,
            order,
            place,
            CaseTimeZone.Find(monitored.TimeZone),
            measures,
            people.FirstOrDefault(p => p.Role == PartyRole.Victim),
            people.FirstOrDefault(p => p.Role == PartyRole.Aggressor),
            addresses.Where(a => a.Role == PartyRole.Victim).ToList(),
            addresses.Where(a => a.Role == PartyRole.Aggressor).ToList());
    }
}
