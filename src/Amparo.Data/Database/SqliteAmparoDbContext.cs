using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Database;

public sealed class SqliteAmparoDbContext(DbContextOptions<SqliteAmparoDbContext> options) : AmparoDbContext(options);
