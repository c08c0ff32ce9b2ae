using System.CommandLine;
using System.Globalization;
using Amparo.Cli.Commands;
using Amparo.Data.Integrity;
using Amparo.Domain.Integrity;
using Microsoft.Extensions.DependencyInjection;

namespace Amparo.Cli.Integrity;

/// <summary>
/// <c>amparo verify</c>: checks the integrity ledger link by link and every sealed record against the database. Exit
/// 0 when intact, 1 when anything was altered or deleted (each fault on its own line).
/// </summary>
public static class VerifyCommand
{
    public static Command Create(TextWriter output)
    {
        var database = new DatabaseArguments();
        var command = new Command("verify", "Verifica el libro de integridad contra la base de datos / Verifies the integrity ledger against the database.");
        database.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(database.Provider), parse.GetValue(database.Connection));
            var report = await services.GetRequiredService<LedgerVerifier>().VerifyAsync(cancellationToken);
            await WriteAsync(output, report);
            return report.Intact ? 0 : 1;
        });
        return command;
    }

    private static async Task WriteAsync(TextWriter output, LedgerReport report)
    {
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Libro de integridad / integrity ledger: {report.Links} enlaces / links, cabeza / head {report.Head}"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Aún sin sellar / not sealed yet: {report.UnsealedAudit} eventos de auditoría / audit events, {report.UnsealedResolvedAlarms} alarmas resueltas / resolved alarms"));
        foreach (var problem in report.Problems)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  enlace / link {problem.Index}: {problem.Kind} {problem.RecordKey}: {Describe(problem.Fault)}"));
        }

        await output.WriteLineAsync(report.Intact
            ? "ÍNTEGRO / INTACT"
            : string.Create(CultureInfo.InvariantCulture, $"ALTERADO / TAMPERED: {report.Problems.Count} problemas / problems"));
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
}
