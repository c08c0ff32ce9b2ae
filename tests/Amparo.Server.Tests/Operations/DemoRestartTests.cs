using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.Hosting;
using Amparo.Testing;
using Microsoft.AspNetCore.Identity;

namespace Amparo.Server.Tests.Operations;

/// <summary>Running the demo a second time on the database it seeded (a newcomer restarting it) works.</summary>
public class DemoRestartTests
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_second_start_on_a_seeded_database_keeps_the_users_and_sets_the_configured_password(DatabaseProvider provider)
    {
        var database = await TestDatabases.CreateAsync(provider);

        await PrepareAsync(database, "Primera.Clave-2026");
        await using var second = AmparoHost.Build(Arguments(database, "Segunda.Clave-2026"));
        await AmparoHost.PrepareAsync(second);

        await using var scope = second.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AmparoUser>>();
        var operador = await users.FindByNameAsync("operador");
        Assert.NotNull(operador);
        Assert.True(await users.CheckPasswordAsync(operador, "Segunda.Clave-2026"));
        Assert.False(await users.CheckPasswordAsync(operador, "Primera.Clave-2026"));
        Assert.Equal([AmparoRoles.Operador], await users.GetRolesAsync(operador));
    }

    private static async Task PrepareAsync(DatabaseOptions database, string password)
    {
        await using var app = AmparoHost.Build(Arguments(database, password));
        await AmparoHost.PrepareAsync(app);
    }

    private static string[] Arguments(DatabaseOptions database, string password) =>
    [
        .. TestPorts.Free().Arguments(),
        $"--Amparo:Database:Provider={database.Provider}",
        $"--Amparo:Database:ConnectionString={database.ConnectionString}",
        "--Amparo:Demo:Enabled=true",
        "--Amparo:Demo:Simulate=false",
        $"--Amparo:Demo:Password={password}",
        "--Logging:LogLevel:Default=Warning",
    ];
}
