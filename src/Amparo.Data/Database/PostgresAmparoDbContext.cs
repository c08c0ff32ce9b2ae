using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Database;

public sealed class PostgresAmparoDbContext(DbContextOptions<PostgresAmparoDbContext> options) : AmparoDbContext(options);
