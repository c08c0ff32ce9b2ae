using System.CommandLine;

namespace Amparo.Cli.Commands;

/// <summary>--provider and --connection, shared by every command that opens the database.</summary>
public sealed class DatabaseArguments
{
    public Option<string?> Provider { get; } = new("--provider") { Description = "Sqlite (default) or Postgres; else Amparo__Database__Provider." };

    public Option<string?> Connection { get; } = new("--connection") { Description = "Connection string; else Amparo__Database__ConnectionString, else data/amparo.db." };

    public void AddTo(Command command)
    {
        command.Options.Add(Provider);
        command.Options.Add(Connection);
    }
}
