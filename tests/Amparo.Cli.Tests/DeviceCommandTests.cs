using Amparo.Cli.Commands;
using Amparo.Data.Database;
using Amparo.Data.Devices;
using Amparo.Domain.Devices;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Cli.Tests;

public class DeviceCommandTests
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_unknown_tracker_is_listed_then_registered_and_leaves_the_list(DatabaseProvider provider)
    {
        var database = await TestDatabases.CreateAsync(provider);
        string[] db = ["--provider", provider.ToString(), "--connection", database.ConnectionString];
        using var output = new StringWriter();
        using var error = new StringWriter();
        await AmparoCli.RunAsync(["migrate", .. db], output, error);
        await using (var context = AmparoDbContextFactory.Create(database)())
        {
            context.UnknownDevices.Add(new UnknownDevice
            {
                UniqueId = "359339075016403", Protocol = DeviceProtocol.Gt06, LastAddress = "10.1.2.3",
                FirstSeen = DateTime.UtcNow.AddHours(-1), LastSeen = DateTime.UtcNow, Attempts = 12,
            });
            await context.SaveChangesAsync();
        }

        using var listed = new StringWriter();
        await AmparoCli.RunAsync(["device", "unknown", .. db], listed, error);
        var registered = await AmparoCli.RunAsync(["device", "register", "359339075016403", "--protocol", "Gt06", "--kind", "AggressorTracker", .. db], output, error);
        var again = await AmparoCli.RunAsync(["device", "register", "359339075016403", "--protocol", "Gt06", "--kind", "AggressorTracker", .. db], output, error);

        Assert.Contains("359339075016403\tGt06\t10.1.2.3", listed.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("\t12", listed.ToString().TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(0, registered);
        Assert.Equal(2, again);
        await using var check = AmparoDbContextFactory.Create(database)();
        Assert.Equal(DeviceKind.AggressorTracker, (await check.Devices.SingleAsync()).Kind);
        Assert.False(await check.UnknownDevices.AnyAsync());
    }
}
