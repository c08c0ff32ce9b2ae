using System.Globalization;
using Amparo.Data.Integrity;
using Amparo.Domain.Integrity;
using Amparo.Server.Integrity;

namespace Amparo.Cli.Integrity;

/// <summary>What <c>amparo verify</c> prints, in Spanish and English, one finding a line.</summary>
internal static class VerifyOutput
{
    public static async Task LedgerAsync(TextWriter output, LedgerReport report)
    {
        await output.WriteLineAsync(Line($"Libro de integridad / integrity ledger: {report.Links} enlaces / links, cabeza / head {report.Head}"));
        await output.WriteLineAsync(Line(
            $"Aún sin sellar / not sealed yet: {report.UnsealedAudit} eventos de auditoría / audit events, {report.UnsealedResolvedAlarms} alarmas resueltas / resolved alarms"));
        foreach (var problem in report.Problems)
        {
            await output.WriteLineAsync(Line($"  enlace / link {problem.Index}: {problem.Kind} {problem.RecordKey}: {Describe(problem.Fault)}"));
        }

        await output.WriteLineAsync(report.Intact ? "ÍNTEGRO / INTACT" : Line($"ALTERADO / TAMPERED: {report.Problems.Count} problemas / problems"));
    }

    public static async Task DocumentAsync(TextWriter output, string name, DocumentCheck check)
    {
        await output.WriteLineAsync(Line($"Archivo / file: {name}, SHA-256 {check.FileSha256}"));
        if (check.Document is { } d)
        {
            var file = d.FileNumber is { } number ? Line($", expediente / file {number}") : "";
            var period = d.From is { } from && d.To is { } to ? Line($", {from:yyyy-MM-dd HH:mm}–{to:yyyy-MM-dd HH:mm} UTC") : "";
            await output.WriteLineAsync(Line(
                $"Documento / document: {d.Title} {d.Id}{file}{period}, emitido / issued {d.IssuedAt:yyyy-MM-dd HH:mm:ss} UTC por / by {d.IssuedBy}"));
        }

        await output.WriteLineAsync("Origen / origin: " + check.Origin switch
        {
            DocumentOrigin.Issued => "es el archivo emitido / the file issued",
            DocumentOrigin.Altered => "NO es el archivo emitido: fue modificado / NOT the file issued: it was altered",
            _ => "Amparo no emitió este documento / Amparo issued no such document",
        });
        if (check.Document is { } issued)
        {
            await output.WriteLineAsync("Sello / seal: " + check.SealIntact switch
            {
                true => Line($"enlace / link {issued.LedgerIndex}, intacto / intact"),
                false => Line($"enlace / link {issued.LedgerIndex}: el registro del documento fue ALTERADO / the document's record was ALTERED"),
                null => "pendiente: el servidor lo sella en segundos / pending: the server seals it within seconds",
            });
            await output.WriteLineAsync(Line($"Anclaje / anchor: enlace / link {issued.AnchorIndex}: ")
                + (check.AnchorIntact ? "intacto / intact" : "REESCRITO o no coincide / REWRITTEN or does not match"));
            if (check.Records is { } records)
            {
                await RecordsAsync(output, records);
            }
            else
            {
                await output.WriteLineAsync("Registros / records: emitido sin huella de registros, no se pueden comparar / issued without a records fingerprint, nothing to compare");
            }
        }

        await LedgerAsync(output, check.Ledger);
        await output.WriteLineAsync(check.Authentic
            ? check.RecordsUnchanged
                ? "Veredicto / verdict: AUTÉNTICO, registros sin cambios / AUTHENTIC, records unchanged"
                : "Veredicto / verdict: AUTÉNTICO, pero sus registros cambiaron después / AUTHENTIC, but its records changed since"
            : "Veredicto / verdict: NO AUTÉNTICO / NOT AUTHENTIC");
    }

    private static async Task RecordsAsync(TextWriter output, EvidenceDifference records)
    {
        if (records.None)
        {
            await output.WriteLineAsync("Registros / records: sin cambios desde la emisión / unchanged since issue");
            return;
        }

        await output.WriteLineAsync(Line(
            $"Registros / records: {records.Changed.Count} modificados / changed, {records.Removed.Count} borrados / removed, {records.Added.Count} nuevos / added"));
        foreach (var (label, items) in new[] { ("modificado / changed", records.Changed), ("borrado / removed", records.Removed), ("nuevo / added", records.Added) })
        {
            foreach (var item in items)
            {
                await output.WriteLineAsync($"  {item.Kind} {item.Key}: {label}");
            }
        }
    }

    private static string Describe(LedgerFault fault) => fault switch
    {
        LedgerFault.Gap => "falta el enlace (borrado) / link missing (deleted)",
        LedgerFault.AlteredLink => "el enlace fue modificado / the link was edited",
        LedgerFault.BrokenChain => "no sigue al enlace anterior (cadena reescrita) / does not follow the previous link (chain rewritten)",
        LedgerFault.AlteredRecord => "el registro cambió desde que se selló / the record changed since it was sealed",
        LedgerFault.MissingRecord => "el registro fue borrado / the record was deleted",
        _ => fault.ToString(),
    };

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
