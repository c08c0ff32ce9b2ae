using Amparo.Data.Database;
using Amparo.Domain.Registries;
using Amparo.Domain.Statistics;
using Amparo.Server.Auth;
using Amparo.Server.Console.Components;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Statistics;

/// <summary>The programme's figures for a period of the centre's calendar in the user's jurisdictions, and the names of those jurisdictions.</summary>
public sealed class ProgrammeStatisticsService(ProgrammeFactsReader reader, IDbContextFactory<AmparoDbContext> contexts, ConsoleClock clock, TimeProvider time)
{
    public async Task<ProgrammeReport> ComputeAsync(UserScope scope, RegistryPeriod period, CancellationToken cancellationToken) =>
        (await ComputeWithFactsAsync(scope, period, cancellationToken)).Report;

    /// <summary>The figures and the facts they were computed from (what a kept report's integrity stamp sums up).</summary>
    public async Task<(ProgrammeFacts Facts, ProgrammeReport Report)> ComputeWithFactsAsync(UserScope scope, RegistryPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var facts = await reader.ReadAsync(scope, period.Start, period.End, cancellationToken);
        return (facts, ProgrammeStatistics.Compute(facts, time.GetUtcNow().UtcDateTime, clock.Zone));
    }

    /// <summary>"Arequipa", "Arequipa, Cayma", or null for a user who sees every jurisdiction.</summary>
    public async Task<string?> ScopeNameAsync(UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Jurisdictions is not { } visible)
        {
            return null;
        }

        var ids = visible.ToList();
        await using var db = contexts.CreateDbContext();
        var names = await db.Jurisdictions.Where(j => ids.Contains(j.Id)).Select(j => j.Name).ToListAsync(cancellationToken);
        return string.Join(", ", names.Order(StringComparer.Ordinal));
    }

    public RegistryPeriod? Period(string? period, string? from, string? to) =>
        period is { Length: > 0 } ? ReportPeriods.Parse(period, clock.Zone)
        : Registries.RegistryQuery.Period(from, to, clock.Today(time.GetUtcNow().UtcDateTime), clock.Zone);
}
