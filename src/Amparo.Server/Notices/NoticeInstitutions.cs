using Amparo.Data.Database;
using Amparo.Data.Institutions;
using Amparo.Domain.Notices;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Notices;

/// <summary>
/// The registered institution that receives each notice: the one the court names, else the one of the recipient's
/// kind nearest the case (its jurisdiction, then each one above). None when none is registered: the notice is still
/// issued, addressed by the recipient's title alone.
/// </summary>
internal static class NoticeInstitutions
{
    public static InstitutionKind Kind(NoticeRecipient recipient) => recipient switch
    {
        NoticeRecipient.GenderArea => InstitutionKind.MunicipalGenderArea,
        NoticeRecipient.MasculinitiesProgramme => InstitutionKind.MasculinitiesProgramme,
        NoticeRecipient.PoliceHeadquarters => InstitutionKind.Police,
        NoticeRecipient.MonitoringCentre => InstitutionKind.MonitoringCentre,
        NoticeRecipient.ProgrammeCoordination => InstitutionKind.ProgrammeCoordination,
        NoticeRecipient.GenderPolicySuperintendence => InstitutionKind.GenderPolicySuperintendence,
    };

    public static async Task<Dictionary<NoticeRecipient, Institution>> ResolveAsync(
        AmparoDbContext db, Guid jurisdictionId, IReadOnlyCollection<NoticeRecipient> recipients,
        IReadOnlyDictionary<NoticeRecipient, Guid> named, CancellationToken cancellationToken)
    {
        var chain = await ChainAsync(db, jurisdictionId, cancellationToken);
        var kinds = recipients.Select(Kind).ToList();
        var namedIds = named.Values.ToList();
        var candidates = await db.Institutions.AsNoTracking()
            .Where(i => namedIds.Contains(i.Id) || (chain.Contains(i.JurisdictionId) && kinds.Contains(i.Kind)))
            .ToListAsync(cancellationToken);
        var resolved = new Dictionary<NoticeRecipient, Institution>();
        foreach (var recipient in recipients)
        {
            var institution = named.TryGetValue(recipient, out var id)
                ? candidates.FirstOrDefault(i => i.Id == id)
                : candidates.Where(i => i.Kind == Kind(recipient) && chain.Contains(i.JurisdictionId))
                    .OrderBy(i => chain.IndexOf(i.JurisdictionId)).ThenBy(i => i.Name, StringComparer.Ordinal).FirstOrDefault();
            if (institution is not null)
            {
                resolved[recipient] = institution;
            }
        }

        return resolved;
    }

    /// <summary>The case's jurisdiction and each one above it, nearest first.</summary>
    private static async Task<List<Guid>> ChainAsync(AmparoDbContext db, Guid jurisdictionId, CancellationToken cancellationToken)
    {
        var parents = await db.Jurisdictions.AsNoTracking().ToDictionaryAsync(j => j.Id, j => j.ParentId, cancellationToken);
        var chain = new List<Guid>();
        for (Guid? next = jurisdictionId; next is { } id && !chain.Contains(id); next = parents.GetValueOrDefault(id))
        {
            chain.Add(id);
        }

        return chain;
    }
}
