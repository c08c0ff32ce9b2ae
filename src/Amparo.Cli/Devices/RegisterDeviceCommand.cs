using System.CommandLine;
using Amparo.Cli.Commands;
using Amparo.Data.Database;
using Amparo.Data.Devices;
using Amparo.Domain.Devices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amparo.Cli.Devices;

/// <summary><c>amparo device register ID --protocol gt06 --kind AggressorTracker</c>: adds a device to the stock.</summary>
public static class RegisterDeviceCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = new DatabaseArguments();
        var uniqueId = new Argument<string>("uniqueId") { Description = "IMEI o identificador / IMEI or identifier" };
        var protocol = new Option<DeviceProtocol>("--protocol") { Description = string.Join(", ", Enum.GetNames<DeviceProtocol>()), Required = true };
        var kind = new Option<DeviceKind>("--kind") { Description = string.Join(", ", Enum.GetNames<DeviceKind>()), Required = true };
        var label = new Option<string?>("--label") { Description = "Etiqueta / label" };
        var command = new Command("register", "Registra un dispositivo en el stock / Registers a device in stock.") { uniqueId, protocol, kind, label };
        database.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(database.Provider), parse.GetValue(database.Connection));
            await using var db = services.GetRequiredService<IDbContextFactory<AmparoDbContext>>().CreateDbContext();
            var id = parse.GetValue(uniqueId)!;
            if (await db.Devices.AnyAsync(d => d.UniqueId == id, cancellationToken))
            {
                await error.WriteLineAsync($"El dispositivo '{id}' ya está registrado.");
                return 2;
            }

            var device = new Device
            {
                Id = Guid.CreateVersion7(), UniqueId = id, Protocol = parse.GetValue(protocol), Kind = parse.GetValue(kind),
                Label = parse.GetValue(label), CreatedAt = DateTime.UtcNow,
            };
            db.Devices.Add(device);
            await db.UnknownDevices.Where(u => u.UniqueId == id).ExecuteDeleteAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await output.WriteLineAsync($"Dispositivo '{id}' registrado ({device.Protocol}, {device.Kind}).");
            return 0;
        });
        return command;
    }
}
