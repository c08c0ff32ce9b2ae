namespace Amparo.Data.Database;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
