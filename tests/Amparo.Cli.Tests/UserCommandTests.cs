using Amparo.Cli.Commands;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Cli.Tests;

public class UserCommandTests
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await AmparoCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migrate_then_add_the_first_administrator(DatabaseProvider provider)
    {
        var database = await TestDatabases.CreateAsync(provider);
        string[] db = ["--provider", provider.ToString(), "--connection", database.ConnectionString];

        var migrate = await RunAsync(["migrate", .. db]);
        var add = await RunAsync(["user", "add", "admin", "--role", AmparoRoles.Administrador, "--password", "Admin.Amparo-2026", .. db]);

        Assert.Equal(0, migrate.Code);
        Assert.Equal(0, add.Code);
        await using var context = AmparoDbContextFactory.Create(database)();
        var user = await context.Users.SingleAsync(u => u.UserName == "admin");
        var role = await (from ur in context.UserRoles join r in context.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name).SingleAsync();
        Assert.Equal(AmparoRoles.Administrador, role);
        Assert.Null(user.JurisdictionId);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_user_without_jurisdiction_unknown_role_or_weak_password_is_refused_with_a_reason(DatabaseProvider provider)
    {
        var database = await TestDatabases.CreateAsync(provider);
        string[] db = ["--provider", provider.ToString(), "--connection", database.ConnectionString];
        await RunAsync(["migrate", .. db]);

        var noJurisdiction = await RunAsync(["user", "add", "op", "--role", AmparoRoles.Operador, "--password", "Op.Amparo-2026", .. db]);
        var unknownRole = await RunAsync(["user", "add", "op", "--role", "Jefe", "--password", "Op.Amparo-2026", .. db]);
        var weak = await RunAsync(["user", "add", "op", "--role", AmparoRoles.Administrador, "--password", "123", .. db]);

        Assert.Equal(2, noJurisdiction.Code);
        Assert.Contains("--jurisdiction", noJurisdiction.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknownRole.Code);
        Assert.Contains("Rol desconocido", unknownRole.Error, StringComparison.Ordinal);
        Assert.Equal(1, weak.Code);
        Assert.NotEmpty(weak.Error);
        await using var context = AmparoDbContextFactory.Create(database)();
        Assert.False(await context.Users.AnyAsync());
    }
}
