using System.ComponentModel.DataAnnotations;

namespace Amparo.Data.Database;

/// <summary>Configuration section <c>Amparo:Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Amparo:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, defaults to a file under ./data/.</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/amparo.db";
}
