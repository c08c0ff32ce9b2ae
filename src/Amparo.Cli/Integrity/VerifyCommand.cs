using System.CommandLine;
using Amparo.Cli.Commands;
using Amparo.Data.Integrity;
using Amparo.Server.Integrity;
using Microsoft.Extensions.DependencyInjection;

namespace Amparo.Cli.Integrity;

/// <summary>
/// <c>amparo verify [file]</c>: without a file, checks the integrity ledger link by link and every sealed record
/// against the database; with a document Amparo issued, also that it is the file issued, that its seal and the
/// ledger's link it printed hold, and what changed since in its records. Exit 0 when all holds, 1 otherwise.
/// </summary>
public static class VerifyCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = new DatabaseArguments();
        var file = new Argument<FileInfo?>("file") { Description = "Un documento emitido por Amparo (PDF) / a document Amparo issued (PDF)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("verify", "Verifica el libro de integridad y, si se da, un documento / Verifies the integrity ledger and, if given, a document.") { file };
        database.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(database.Provider), parse.GetValue(database.Connection));
            if (parse.GetValue(file) is not { } document)
            {
                var report = await services.GetRequiredService<LedgerVerifier>().VerifyAsync(cancellationToken);
                await VerifyOutput.LedgerAsync(output, report);
                return report.Intact ? 0 : 1;
            }

            if (!document.Exists)
            {
                await error.WriteLineAsync($"No existe el archivo / no such file: {document.FullName}");
                return 2;
            }

            var verifier = ActivatorUtilities.CreateInstance<DocumentVerifier>(services);
            var check = await verifier.VerifyAsync(await File.ReadAllBytesAsync(document.FullName, cancellationToken), cancellationToken);
            await VerifyOutput.DocumentAsync(output, document.Name, check);
            return check.Authentic && check.RecordsUnchanged ? 0 : 1;
        });
        return command;
    }
}
