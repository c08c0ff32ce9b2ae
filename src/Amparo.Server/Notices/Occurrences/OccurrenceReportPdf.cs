using System.Globalization;
using Amparo.Data.Alarms;
using Amparo.Domain.Protocols;
using Amparo.Server.Integrity;
using Amparo.Server.Pdf;

namespace Amparo.Server.Notices.Occurrences;

/// <summary>
/// Prints the occurrences report for the court: head (court, file, period, parties), totals, then each alarm with who
/// attended it and every action (steps, calls and their outcome), the police requests and their statuses, and the
/// timeline. Times are in the case's time zone. It names the victim (it goes to the court) but never locates her.
/// </summary>
internal static class OccurrenceReportPdf
{
    public static byte[] Render(OccurrenceFacts facts, string issuedBy, DateTime issuedAtUtc, DocumentStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(stamp);
        var c = facts.Case;
        string At(DateTime utc) => NoticeWords.DateTime(CaseTimeZone.Local(utc, facts.Zone));
        using var pdf = new PdfComposer($"Informe de ocurrencias — expediente {c.FileNumber}", c.Court, issuedAtUtc);
        pdf.Paragraph(c.Court.ToUpperInvariant(), PdfStyle.Heading, PdfAlign.Centre, after: 2);
        pdf.Paragraph($"Expediente N.º {c.FileNumber}", PdfStyle.Small, PdfAlign.Centre, after: 4);
        pdf.Rule(after: 12);
        pdf.Paragraph("INFORME DE OCURRENCIAS", PdfStyle.Title, after: 4);
        pdf.Paragraph($"{facts.Place}, {NoticeWords.LongDate(DateOnly.FromDateTime(CaseTimeZone.Local(issuedAtUtc, facts.Zone)))}", PdfStyle.Body, PdfAlign.Right, after: 10);
        pdf.Field("Dirigido a:", facts.Judge is { } judge ? $"{judge}, {c.Court}" : c.Court);
        pdf.Field("Período:", $"del {At(facts.From)} al {At(facts.To)} (hora de {facts.Zone.Id})");
        pdf.Field("Agresor:", facts.AggressorName ?? "(sin registrar)");
        pdf.Field("Persona protegida:", facts.VictimName ?? "(sin registrar)");
        pdf.Field("Emitido por:", $"{issuedBy}, el {At(issuedAtUtc)}");
        pdf.Paragraph("Este informe no incluye posiciones de la persona protegida: sus mapas muestran el recorrido del agresor y las zonas que "
            + "fija la orden, y de ella solo la distancia que los separaba.", PdfStyle.Small, after: 8);
        Totals(pdf, facts);
        var numbers = facts.Alarms.Select((a, i) => (a.Id, Number: i + 1)).ToDictionary(x => x.Id, x => x.Number);
        var maps = facts.Tracks.Select((t, i) => (t.Alarm.Id, Map: i + 1)).ToDictionary(x => x.Id, x => x.Map);
        Alarms(pdf, facts, maps, At);
        OccurrenceMapsSection.Draw(pdf, facts, numbers, At);
        Police(pdf, facts, At);
        Timeline(pdf, facts, At);
        DocumentStampSection.Print(pdf, stamp, "cada alarma con sus acciones, cada pedido policial, cada entrada de la cronología y cada "
            + "recorrido de sus mapas en que se basa este informe");
        return pdf.Finish((page, pages) => $"Informe de ocurrencias · Expediente N.º {c.FileNumber} · Página {page} de {pages}");
    }

    private static void Totals(PdfComposer pdf, OccurrenceFacts facts)
    {
        Section(pdf, "Resumen");
        var byPriority = string.Join(", ", facts.Alarms.GroupBy(a => a.Priority).OrderBy(g => g.Key)
            .Select(g => $"{OccurrenceWords.Priority(g.Key)}: {g.Count()}"));
        var actions = facts.Alarms.SelectMany(a => a.Actions).ToList();
        var calls = actions.Where(a => a.Kind == AlarmActionKind.CallAttempt).ToList();
        pdf.Field("Alarmas:", N(facts.Alarms.Count) + (byPriority.Length > 0 ? $" ({byPriority})" : ""), 190);
        pdf.Field("Acciones de operadores:", N(actions.Count), 190);
        pdf.Field("Pasos de protocolo:", N(actions.Count(a => a.Kind == AlarmActionKind.StepRecorded)), 190);
        pdf.Field("Llamadas:", $"{N(calls.Count)} (atendidas: {N(calls.Count(a => a.Result == nameof(CallOutcome.Answered)))})", 190);
        pdf.Field("Solicitudes a la policía:", N(facts.PoliceRequests.Count), 190);
        pdf.Field("Entradas del historial:", N(facts.Timeline.Count), 190);
    }

    private static void Alarms(PdfComposer pdf, OccurrenceFacts facts, Dictionary<Guid, int> maps, Func<DateTime, string> at)
    {
        Section(pdf, "Alarmas");
        if (facts.Alarms.Count == 0)
        {
            pdf.Paragraph("No hubo alarmas en el período.");
        }

        var index = 0;
        foreach (var alarm in facts.Alarms)
        {
            pdf.EnsureSpace(60);
            pdf.Paragraph($"{++index}. {at(alarm.RaisedAt)} — {OccurrenceWords.AlarmType(alarm.Type)} — prioridad {OccurrenceWords.Priority(alarm.Priority)}", PdfStyle.Strong, after: 2);
            pdf.Paragraph(alarm.Explanation, indent: 14, after: 2);
            if (maps.TryGetValue(alarm.Id, out var map))
            {
                pdf.Paragraph(string.Create(CultureInfo.InvariantCulture, $"Recorrido en el mapa {map}."), PdfStyle.Small, indent: 14, after: 2);
            }

            var outcome = alarm.Outcome is { } o ? $"{OccurrenceWords.State(alarm.State)}: {OccurrenceWords.Outcome(o)}" : OccurrenceWords.State(alarm.State);
            pdf.Paragraph($"Estado: {outcome}. Atendió: {Attended(alarm, at)}.", indent: 14, after: 2);
            foreach (var action in alarm.Actions)
            {
                pdf.Bullet(Action(action, at), PdfStyle.Small, indent: 14);
            }

            pdf.Gap(6);
        }
    }

    private static void Police(PdfComposer pdf, OccurrenceFacts facts, Func<DateTime, string> at)
    {
        Section(pdf, "Solicitudes a la policía");
        if (facts.PoliceRequests.Count == 0)
        {
            pdf.Paragraph("No hubo solicitudes a la policía en el período.");
        }

        foreach (var request in facts.PoliceRequests)
        {
            pdf.EnsureSpace(40);
            var exercise = request.Exercise ? " (simulacro)" : "";
            pdf.Paragraph($"{request.Identifier}{exercise} — {at(request.CreatedAt)} — estado: {OccurrenceWords.PoliceStatus(request.Status)}", PdfStyle.Strong, after: 2);
            pdf.Paragraph($"{request.Headline}. Pedida por {request.CreatedBy}" + (request.ExternalReference is { } r ? $"; incidente 911 N.º {r}." : "."), indent: 14, after: 2);
            foreach (var change in request.Changes)
            {
                pdf.Bullet($"{at(change.At)} · {OccurrenceWords.PoliceStatus(change.Status)} · {change.By} ({change.Source})"
                    + (string.IsNullOrWhiteSpace(change.Note) ? "" : $" — {change.Note}"), PdfStyle.Small, indent: 14);
            }

            pdf.Gap(6);
        }
    }

    private static void Timeline(PdfComposer pdf, OccurrenceFacts facts, Func<DateTime, string> at)
    {
        Section(pdf, "Historial del caso");
        if (facts.Timeline.Count == 0)
        {
            pdf.Paragraph("No hubo cambios en el caso en el período.");
        }

        foreach (var entry in facts.Timeline)
        {
            pdf.Bullet($"{at(entry.At)} · {OccurrenceWords.Kind(entry.Kind)} · {entry.Actor}" + (entry.Note is { } note ? $" — {note}" : ""), PdfStyle.Small);
        }
    }

    private static string Attended(Alarm alarm, Func<DateTime, string> at)
    {
        var parts = new List<string>();
        if (alarm.ClaimedBy is { } claimed)
        {
            parts.Add($"tomada por {claimed}" + (alarm.ClaimedAt is { } t ? $" a las {at(t)}" : ""));
        }

        if (alarm.ResolvedBy is { } resolved)
        {
            parts.Add($"cerrada por {resolved}" + (alarm.ResolvedAt is { } t ? $" a las {at(t)}" : ""));
        }

        return parts.Count > 0 ? string.Join("; ", parts) : "nadie todavía";
    }

    private static string Action(AlarmAction action, Func<DateTime, string> at)
    {
        var parts = new List<string> { at(action.At), OccurrenceWords.Action(action.Kind), action.UserName };
        if (action.Step is { } step)
        {
            parts.Add("paso " + step);
        }

        if (action.Target is { } target)
        {
            parts.Add(target);
        }

        if (action.Result is { } result)
        {
            parts.Add(OccurrenceWords.Result(action.Kind, result));
        }

        return string.Join(" · ", parts) + (string.IsNullOrWhiteSpace(action.Note) ? "" : $" — {action.Note}");
    }

    private static void Section(PdfComposer pdf, string title)
    {
        pdf.EnsureSpace(50);
        pdf.Gap(6);
        pdf.Paragraph(title, PdfStyle.Heading, after: 2);
        pdf.Rule(after: 6);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
