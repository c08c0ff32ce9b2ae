using System.Globalization;
using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Data.People;
using Amparo.Data.Zones;
using Amparo.Domain.Cases;
using Amparo.Domain.Intake;
using Amparo.Server.Auth;
using Amparo.Server.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Intake;

/// <summary>
/// Activates a case's monitoring once the activation check passes: the victim's protected places become fixed
/// zones of the ordered perimeter, a zone moves with her if she chose to carry a device, and the case's engine
/// starts. A refused activation is on the timeline too, with what blocked it.
/// </summary>
public sealed class CaseActivation(
    IDbContextFactory<AmparoDbContext> contexts, IntakeFactsReader facts, IOptions<IntakeOptions> options, CaseEngineSignal engine, TimeProvider time)
{
    public async Task<CommandResult<ReadinessView>> ActivateAsync(Guid caseId, ActivateRequest request, UserScope scope, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var monitored = await IntakeCases.FindAsync(db, caseId, scope, cancellationToken);
        if (monitored is null)
        {
            return CommandResult.Refused<ReadinessView>(CommandOutcome.NotFound);
        }

        if (!scope.IsAny(AmparoRoles.CaseActivators))
        {
            return CommandResult.Refused<ReadinessView>(CommandOutcome.Forbidden, "Solo la central de monitoreo activa un caso.");
        }

        if (monitored.Status != CaseStatus.Ordered)
        {
            return CommandResult.Refused<ReadinessView>(CommandOutcome.Conflict, $"El caso no espera activación (estado: {monitored.Status}).");
        }

        var (known, risk) = await facts.ReadAsync(db, monitored, cancellationToken);
        var readiness = ActivationCheck.Evaluate(known, options.Value.Policy);
        var view = ReadinessView.From(readiness, culture);
        var now = time.GetUtcNow().UtcDateTime;
        if (!readiness.Ready)
        {
            CaseTimeline.Record(db, caseId, CaseEventKinds.ActivationRefused, scope.UserName, now, request.Note, new
            {
                blocks = readiness.Findings.Select(f => new { code = f.Block.ToString(), f.AddressId, f.DistanceMetres, f.LimitMetres }),
                proposals = readiness.Proposals.Select(p => p.ToString()),
            });
            await db.SaveChangesAsync(cancellationToken);
            return new CommandResult<ReadinessView>(CommandOutcome.Conflict, view, view.Findings.Select(f => f.Message).ToList());
        }

        var zones = await db.Zones.AnyAsync(z => z.CaseId == caseId, cancellationToken)
            ? []
            : await ZonesAsync(db, monitored, risk?.PreAlertMetres ?? monitored.PerimeterMetres * options.Value.PreAlertShareOfPerimeter, cancellationToken);
        db.Zones.AddRange(zones);
        monitored.Status = CaseStatus.Active;
        monitored.ActivatedAt = now;
        monitored.ActivatedBy = scope.UserName;
        CaseTimeline.Record(db, caseId, CaseEventKinds.Activated, scope.UserName, now, request.Note, new
        {
            perimeterMetres = monitored.PerimeterMetres, consent = monitored.VictimConsent.ToString(), riskLevel = risk?.Level.ToString(),
            zones = zones.Select(z => new { z.Name, kind = z.Kind.ToString(), z.RadiusMetres, z.PreAlertBandMetres }),
        });
        await db.SaveChangesAsync(cancellationToken);
        await engine.ReloadAsync(caseId);
        return CommandResult.Ok(view);
    }

    private static async Task<List<Zone>> ZonesAsync(AmparoDbContext db, MonitoredCase monitored, double preAlertMetres, CancellationToken cancellationToken)
    {
        var places = await db.CaseAddresses.AsNoTracking()
            .Where(a => a.CaseId == monitored.Id && a.Protected && a.EndedAt == null && a.Latitude != null && a.Longitude != null)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var zones = places.Select(a => new Zone
        {
            Id = Guid.CreateVersion7(), CaseId = monitored.Id, Name = ZoneName(a), Kind = ZoneKind.Fixed,
            CentreLatitude = a.Latitude, CentreLongitude = a.Longitude, RadiusMetres = monitored.PerimeterMetres, PreAlertBandMetres = preAlertMetres,
        }).ToList();
        if (monitored.VictimConsent == ConsentDecision.Given)
        {
            zones.Add(new Zone
            {
                Id = Guid.CreateVersion7(), CaseId = monitored.Id, Name = "Víctima", Kind = ZoneKind.Dynamic,
                RadiusMetres = monitored.PerimeterMetres, PreAlertBandMetres = preAlertMetres,
            });
        }

        return zones;
    }

    private static string ZoneName(CaseAddress address) => address.Kind switch
    {
        AddressKind.Home => "Domicilio",
        AddressKind.Work => "Trabajo",
        AddressKind.Study => "Estudio",
        _ => "Lugar protegido",
    };
}
