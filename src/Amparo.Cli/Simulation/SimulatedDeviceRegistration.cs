using Amparo.Cli.Commands;
using Amparo.Data.Database;
using Amparo.Data.Devices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amparo.Cli.Simulation;

/// <summary>
/// <c>--register</c>: adds the simulated devices to the stock, unassigned, labelled "simulador"; those a previous run
/// registered are kept. The server stores the positions of an unassigned device and acknowledges them; with no case,
/// no zone or alarm rule looks at them.
/// </summary>
public static class SimulatedDeviceRegistration
{
    public const string Label = "simulador";

    /// <returns>How many devices were added and how many were already registered.</returns>
    public static async Task<(int Added, int Existing)> RegisterAsync(
        string? provider, string? connection, IReadOnlyList<SimulatedDevice> devices, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(devices);
        ArgumentNullException.ThrowIfNull(time);
        await using var services = CliServices.Build(provider, connection);
        var factory = services.GetRequiredService<IDbContextFactory<AmparoDbContext>>();
        var (added, existing) = (0, 0);
        foreach (var chunk in devices.Chunk(500))
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var ids = chunk.Select(d => d.UniqueId).ToList();
            var known = (await db.Devices.Where(d => ids.Contains(d.UniqueId)).Select(d => d.UniqueId).ToListAsync(cancellationToken)).ToHashSet();
            var now = time.GetUtcNow().UtcDateTime;
            var fresh = chunk.Where(d => !known.Contains(d.UniqueId)).ToList();
            db.Devices.AddRange(fresh.Select(d => new Device
            {
                Id = Guid.CreateVersion7(), UniqueId = d.UniqueId, Protocol = d.Protocol, Kind = d.Kind, Label = Label, CreatedAt = now,
            }));
            await db.UnknownDevices.Where(u => ids.Contains(u.UniqueId)).ExecuteDeleteAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            (added, existing) = (added + fresh.Count, existing + known.Count);
        }

        return (added, existing);
    }
}
