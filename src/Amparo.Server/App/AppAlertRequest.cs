using System.Globalization;
using Amparo.Data.App;
using Amparo.Domain.Geo;

namespace Amparo.Server.App;

/// <summary>
/// A panic alert from her app's queue. Only the idempotency key is required: a panic is not refused for a missing
/// fix or clock; without coordinates the centre sees her last known position.
/// </summary>
public sealed record AppAlertRequest(
    string? IdempotencyKey,
    DateTime? At,
    double? Latitude,
    double? Longitude,
    double? AccuracyMetres,
    double? BatteryPercent,
    string? Trigger)
{
    /// <summary>Why the alert cannot be taken as sent, in Spanish; null when it can.</summary>
    public string? Problem()
    {
        if (!Guid.TryParse(IdempotencyKey, CultureInfo.InvariantCulture, out _))
        {
            return "Falta la clave de la alerta (idempotencyKey, un UUID).";
        }

        if (Latitude is null != Longitude is null || (Latitude is { } lat && Longitude is { } lon && !GeoPoint.IsValid(lat, lon)))
        {
            return "La posición de la alerta no es válida.";
        }

        return Trigger is null || Enum.TryParse<AppAlertTrigger>(Trigger, ignoreCase: true, out _)
            ? null
            : "El disparador de la alerta debe ser Hold o Taps.";
    }
}
