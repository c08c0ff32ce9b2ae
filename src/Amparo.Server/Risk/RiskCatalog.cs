using Amparo.Data.Database;
using Amparo.Data.Risk;
using Amparo.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Risk;

/// <summary>Every instrument version an assessment may use: those Amparo ships and those the centre added.</summary>
public sealed class RiskCatalog(ShippedRiskInstruments shipped, IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    public async Task<IReadOnlyList<RiskInstrumentSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var stored = await db.RiskInstruments.AsNoTracking().OrderBy(i => i.AddedAt).ToListAsync(cancellationToken);
        var versions = shipped.All.Select(d => (Definition: d, View: View(d, null)))
            .Concat(stored.Select(Parse).Zip(stored, (d, s) => (Definition: d, View: View(d, s))))
            .ToList();
        return versions.GroupBy(v => v.Definition.Code, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var ordered = g.OrderBy(v => v.Definition.EffectiveFrom ?? DateOnly.MinValue).ThenBy(v => v.View.AddedAt ?? DateTime.MinValue).ToList();
            var newest = ordered[^1].Definition;
            return new RiskInstrumentSummary(newest.Code, newest.Name, newest.Jurisdiction, newest.Population, ordered.Select(v => v.View).ToList());
        }).ToList();
    }

    public async Task<RiskInstrumentDefinition?> GetAsync(string code, string version, CancellationToken cancellationToken)
    {
        if (shipped.Get(code, version) is { } definition)
        {
            return definition;
        }

        await using var db = contexts.CreateDbContext();
        var stored = await db.RiskInstruments.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code && i.Version == version, cancellationToken);
        return stored is null ? null : Parse(stored);
    }

    /// <summary>Adds a validated version; false when its code and version already name one.</summary>
    public async Task<bool> AddAsync(RiskInstrumentDefinition definition, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (await GetAsync(definition.Code, definition.Version, cancellationToken) is not null)
        {
            return false;
        }

        await using var db = contexts.CreateDbContext();
        db.RiskInstruments.Add(new StoredRiskInstrument
        {
            Id = Guid.CreateVersion7(),
            Code = definition.Code,
            Version = definition.Version,
            Jurisdiction = definition.Jurisdiction,
            DefinitionJson = RiskInstrumentJson.Write(definition),
            AddedBy = userName,
            AddedAt = time.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another request added the same code and version meanwhile: the unique index refused this one.
            return false;
        }
    }

    private static RiskInstrumentDefinition Parse(StoredRiskInstrument stored)
    {
        var read = RiskInstrumentJson.Read(stored.DefinitionJson);
        return read.Definition ?? throw new InvalidOperationException(
            $"The stored risk instrument {stored.Code} {stored.Version} no longer validates: {string.Join(" ", read.Problems)}");
    }

    private static RiskInstrumentVersionView View(RiskInstrumentDefinition definition, StoredRiskInstrument? stored) =>
        new(definition.Version, definition.LegalBasis, definition.EffectiveFrom, definition.EffectiveTo, stored is null, stored?.AddedBy, stored?.AddedAt);
}
