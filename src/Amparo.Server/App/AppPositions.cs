using System.Globalization;
using Amparo.Data.Database;
using Amparo.Domain.Devices;
using Amparo.Domain.Geo;
using Amparo.Ingest.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Server.App;

/// <summary>
/// Her app's positions, each a report of her app's device through the ingest sink (durable before the answer, the
/// engine's moving zone and silence watch see them). A retried batch is absorbed: positions already stored, and
/// repeated keys within a batch, are counted as duplicates and stored once.
/// </summary>
public sealed class AppPositions(IDbContextFactory<AmparoDbContext> contexts, IDeviceMessageSink sink, IOptions<AppOptions> options, TimeProvider time)
{
    public const int MaxBatch = 50;

    /// <returns>The counts; Unavailable when the sink could not store them now (the app sends the batch again).</returns>
    public async Task<CommandResult<AppPositionResult>> AcceptAsync(AppCaller caller, AppPositionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow().UtcDateTime;
        if (Problems(request.Positions, now) is { Count: > 0 } problems)
        {
            return CommandResult.Invalid<AppPositionResult>(problems);
        }

        var unique = request.Positions!.DistinctBy(p => Guid.Parse(p.IdempotencyKey!, CultureInfo.InvariantCulture)).ToList();
        var fixes = unique.Select(p => (At: AppTime.Utc(p.At!.Value), Item: p)).OrderBy(p => p.At).ToList();
        var times = fixes.Select(f => f.At).Distinct().ToList();
        await using var db = contexts.CreateDbContext();
        var stored = (await db.Positions.AsNoTracking()
                .Where(p => p.DeviceId == caller.DeviceId && times.Contains(p.FixTime))
                .Select(p => new { p.FixTime, p.Latitude, p.Longitude })
                .ToListAsync(cancellationToken))
            .Select(p => (p.FixTime, p.Latitude, p.Longitude)).ToHashSet();
        var uniqueId = AppDevices.UniqueIdOf(caller.InstallationId);
        var accepted = 0;
        foreach (var (at, item) in fixes)
        {
            if (!stored.Add((at, item.Latitude!.Value, item.Longitude!.Value)))
            {
                continue;
            }

            var message = AppReports.Position(uniqueId, at, item.Latitude.Value, item.Longitude.Value,
                item.AccuracyMetres is >= 0 and var accuracy ? accuracy : null, item.BatteryPercent is >= 0 and <= 100 and var battery ? battery : null);
            if (await sink.AcceptAsync(message, DeviceProtocol.App, cancellationToken) != IntakeOutcome.Accepted)
            {
                return CommandResult.Refused<AppPositionResult>(CommandOutcome.Unavailable, "No se pudo registrar ahora; la aplicación lo volverá a enviar.");
            }

            accepted++;
        }

        return CommandResult.Ok(new AppPositionResult(accepted, request.Positions!.Count - accepted));
    }

    private List<string> Problems(IReadOnlyList<AppPositionItem>? positions, DateTime now)
    {
        if (positions is not { Count: > 0 and <= MaxBatch })
        {
            return [$"Envíe entre 1 y {MaxBatch} posiciones."];
        }

        var latest = now.AddMinutes(options.Value.MaxFutureSkewMinutes);
        var problems = new List<string>();
        for (var i = 0; i < positions.Count; i++)
        {
            var p = positions[i];
            if (!Guid.TryParse(p.IdempotencyKey, CultureInfo.InvariantCulture, out _))
            {
                problems.Add($"Posición {i + 1}: falta su clave (idempotencyKey, un UUID).");
            }

            if (p.At is not { } at || AppTime.Utc(at) > latest)
            {
                problems.Add($"Posición {i + 1}: falta la hora o está en el futuro.");
            }

            if (p.Latitude is not { } lat || p.Longitude is not { } lon || !GeoPoint.IsValid(lat, lon))
            {
                problems.Add($"Posición {i + 1}: coordenadas no válidas.");
            }
        }

        return problems;
    }
}
