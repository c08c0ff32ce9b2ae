using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Amparo.Data.Database;

/// <summary>Lets <c>dotnet ef migrations add</c> build each provider's context without a host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAmparoDbContext>
{
    public SqliteAmparoDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAmparoDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAmparoDbContext>
{
    public PostgresAmparoDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAmparoDbContext>().UseNpgsql("Host=localhost;Database=amparo_design").Options);
}
