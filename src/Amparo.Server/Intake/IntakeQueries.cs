using System.Globalization;
using Amparo.Data.Database;
using Amparo.Domain.Intake;
using Amparo.Domain.People;
using Amparo.Server.Auth;
using Amparo.Server.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Intake;

/// <summary>Reads a case's intake file; a read of the victim's addresses is audited by the caller.</summary>
public sealed class IntakeQueries(IDbContextFactory<AmparoDbContext> contexts, IntakeFactsReader facts, IOptions<IntakeOptions> options)
{
    public async Task<IntakeView?> GetAsync(Guid caseId, UserScope scope, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var monitored = await db.Cases.AsNoTracking().Include(c => c.Measures).FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (monitored is null || !scope.CanSee(monitored.JurisdictionId))
        {
            return null;
        }

        var orders = await db.JudicialOrders.AsNoTracking().Where(o => o.CaseId == caseId).OrderBy(o => o.RecordedAt).ToListAsync(cancellationToken);
        var addresses = await db.CaseAddresses.AsNoTracking()
            .Where(a => a.CaseId == caseId && a.EndedAt == null && (scope.SeesVictimData || a.Role != PartyRole.Victim))
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var (known, risk) = await facts.ReadAsync(db, monitored, cancellationToken);
        var readiness = ActivationCheck.Evaluate(known, options.Value.Policy);
        if (!scope.SeesVictimData)
        {
            // Her addresses' findings would name them: the reasons stay, the places go.
            readiness = readiness with { Findings = readiness.Findings.Select(f => f.AddressId is { } id && addresses.All(a => a.Id != id) ? f with { AddressLabel = "—" } : f).ToList() };
        }

        return new IntakeView(
            caseId, monitored.FileNumber, monitored.Status.ToString(), monitored.PerimeterMetres, CaseCalendar.Term(monitored)?.EndsOn,
            monitored.VictimConsent.ToString(),
            monitored.VictimConsentBy, monitored.VictimConsentAt, risk?.Level.ToString(), orders.Select(OrderView.From).ToList(),
            addresses.Select(AddressView.From).ToList(), !scope.SeesVictimData, ReadinessView.From(readiness, culture));
    }
}
