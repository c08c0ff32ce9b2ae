using System.Globalization;
using Amparo.Data.Alarms;
using Amparo.Data.Zones;
using Amparo.Domain.Alarms;
using Amparo.Domain.Geo;
using Amparo.Domain.Separation;
using Amparo.Server.Pdf;

namespace Amparo.Server.Notices.Occurrences;

/// <summary>
/// The report's maps: for each alarm about where he was, his track around it drawn to scale over the zones near him,
/// and the distance between him and her over the same window as a chart (how far, never where she was).
/// </summary>
internal static class OccurrenceMapsSection
{
    private const double MapHeight = 250;
    private static readonly TimeSpan Staleness = TimeSpan.FromMinutes(5);

    public static void Draw(PdfComposer pdf, OccurrenceFacts facts, IReadOnlyDictionary<Guid, int> numbers, Func<DateTime, string> at)
    {
        if (facts.Tracks.Count == 0)
        {
            return;
        }

        string Time(DateTime utc) => CaseTimeZone.Local(utc, facts.Zone).ToString("HH:mm", CultureInfo.InvariantCulture);
        pdf.EnsureSpace(MapHeight + 90);
        pdf.Gap(6);
        pdf.Paragraph("Mapas de los recorridos", PdfStyle.Heading, after: 2);
        pdf.Rule(after: 6);
        pdf.Paragraph("Recorrido del agresor (azul, un punto por posición) desde un cuarto de hora antes de cada alarma hasta un cuarto de hora "
            + "después de su último disparo; en rojo, dónde estaba al dispararse. Zonas de exclusión en rojo con su franja de prealerta "
            + "punteada, zonas de permanencia en verde, rutas en azul claro. No se dibuja la posición de la persona protegida: de ella solo "
            + "se indica la distancia que los separaba.", PdfStyle.Small, after: 6);
        if (facts.UnmappedAlarms > 0)
        {
            pdf.Paragraph(string.Create(CultureInfo.InvariantCulture,
                $"Se muestran {facts.Tracks.Count} mapas; {facts.UnmappedAlarms} alarmas más no tienen mapa en este informe: emita uno de un período más corto."),
                PdfStyle.Small, after: 6);
        }

        var index = 0;
        foreach (var track in facts.Tracks)
        {
            index++;
            pdf.EnsureSpace(MapHeight + 60);
            var alarm = track.Alarm;
            pdf.Paragraph(string.Create(CultureInfo.InvariantCulture,
                $"Mapa {index} — alarma {numbers[alarm.Id]}: {OccurrenceWords.AlarmType(alarm.Type)}, {at(alarm.RaisedAt)}"), PdfStyle.Strong, after: 2);
            pdf.Paragraph(Caption(track, Time), PdfStyle.Small, after: 4);
            if (OccurrenceMap.Of(track, Time) is { } drawing)
            {
                pdf.Map(drawing.Map, MapHeight);
                pdf.Paragraph(Zones(drawing.Zones), PdfStyle.Small, after: 4);
            }
            else
            {
                pdf.Paragraph("No hay posiciones del agresor en esta ventana.", PdfStyle.Small, after: 4);
            }

            Distance(pdf, track, Time);
            pdf.Gap(8);
        }
    }

    private static string Caption(OccurrenceTrack track, Func<DateTime, string> time) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Ventana de {time(track.From)} a {time(track.To)}: {track.Aggressor.Count} posiciones válidas del agresor.")
        + (track.Aggressor.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" Recorrió {Metres(Travelled(track))} en ella.") : "");

    private static string Zones(IReadOnlyList<Zone> drawn) =>
        drawn.Count == 0
            ? $"Ninguna zona del caso a menos de {Metres(OccurrenceMap.NearMetres)} del recorrido."
            : "Zonas dibujadas: " + string.Join("; ", drawn.Select(Describe)) + ".";

    private static string Describe(Zone zone) => zone.Kind switch
    {
        ZoneKind.Inclusion => $"{zone.Name} (permanencia)",
        ZoneKind.Route => $"{zone.Name} (ruta, corredor de {Metres(zone.RadiusMetres)})",
        _ when zone.PolygonJson is not null => $"{zone.Name} (exclusión, polígono; prealerta a {Metres(zone.PreAlertBandMetres)})",
        _ => $"{zone.Name} (exclusión de {Metres(zone.RadiusMetres)}; prealerta a {Metres(zone.RadiusMetres + zone.PreAlertBandMetres)})",
    };

    private static void Distance(PdfComposer pdf, OccurrenceTrack track, Func<DateTime, string> time)
    {
        var samples = SeparationSeries.Build(Timed(track.Aggressor), Timed(track.Victim), Staleness);
        if (samples.Count == 0)
        {
            pdf.Paragraph("Sin posiciones simultáneas de ambos en la ventana: no se puede medir la distancia entre ellos.", PdfStyle.Small, after: 4);
            return;
        }

        var closest = samples.MinBy(s => s.Metres)!;
        pdf.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"Distancia entre el agresor y la persona protegida: la menor, {Metres(closest.Metres)} a las {time(closest.At)}."), PdfStyle.Small, after: 2);
        var evidence = AlarmEvidenceJson.Deserialize(track.Alarm.FirstEvidence);
        double? level = track.Alarm.Type is AlarmType.Proximity or AlarmType.ProximityPreAlert or AlarmType.ApproachFast ? evidence?.RadiusMetres : null;
        pdf.TimeSeries(SeparationSeries.Thin(samples, 400).Select(s => (s.At, s.Metres)).ToList(), track.From, track.To, Staleness,
            time, Metres, level is > 0 ? level : null);
    }

    private static double Travelled(OccurrenceTrack track)
    {
        var projection = new LocalProjection(GeoPoint.Create(track.Aggressor[0].Latitude, track.Aggressor[0].Longitude));
        return track.Aggressor.Zip(track.Aggressor.Skip(1)).Sum(pair => projection.DistanceMetres(
            GeoPoint.Create(pair.First.Latitude, pair.First.Longitude), GeoPoint.Create(pair.Second.Latitude, pair.Second.Longitude)));
    }

    private static List<TimedPoint> Timed(IReadOnlyList<Cases.TrackPoint> points) =>
        points.Select(p => new TimedPoint(p.FixTime, GeoPoint.Create(p.Latitude, p.Longitude))).ToList();

    private static string Metres(double metres) =>
        metres >= 10_000 ? (metres / 1_000).ToString("N1", NoticeWords.Culture) + " km" : metres.ToString("N0", NoticeWords.Culture) + " m";
}
