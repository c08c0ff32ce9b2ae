using Microsoft.Data.Sqlite;

namespace Amparo.Data.Database;

public static class SqliteFiles
{
    /// <summary>Creates the folder of a SQLite database file, so that a fresh clone starts with no setup.</summary>
    public static void EnsureDirectory(string connectionString)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
