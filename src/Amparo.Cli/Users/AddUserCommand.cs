using System.CommandLine;
using Amparo.Cli.Commands;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amparo.Cli.Users;

/// <summary><c>amparo user add NAME --role ROLE [--jurisdiction NAME] --password PW</c>: the first administrator, or any user.</summary>
public static class AddUserCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = new DatabaseArguments();
        var name = new Argument<string>("userName") { Description = "Nombre de usuario / user name" };
        var role = new Option<string>("--role") { Description = string.Join(", ", AmparoRoles.All), Required = true };
        var jurisdiction = new Option<string?>("--jurisdiction") { Description = "Jurisdicción (nombre); sin ella, sólo un Administrador nacional." };
        var password = new Option<string>("--password") { Description = "Contraseña / password", Required = true };
        var fullName = new Option<string?>("--full-name") { Description = "Nombre completo / full name" };
        var command = new Command("add", "Crea un usuario con su rol / Creates a user with a role.") { name, role, jurisdiction, password, fullName };
        database.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var roleName = parse.GetValue(role)!;
            if (!AmparoRoles.All.Contains(roleName))
            {
                await error.WriteLineAsync($"Rol desconocido '{roleName}'. Roles: {string.Join(", ", AmparoRoles.All)}");
                return 2;
            }

            await using var services = CliServices.Build(parse.GetValue(database.Provider), parse.GetValue(database.Connection));
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AmparoDbContext>();
            Guid? jurisdictionId = null;
            if (parse.GetValue(jurisdiction) is { } place)
            {
                jurisdictionId = await db.Jurisdictions.Where(j => j.Name == place).Select(j => (Guid?)j.Id).FirstOrDefaultAsync(cancellationToken);
                if (jurisdictionId is null)
                {
                    await error.WriteLineAsync($"Jurisdicción desconocida '{place}'.");
                    return 2;
                }
            }
            else if (roleName != AmparoRoles.Administrador)
            {
                await error.WriteLineAsync("Sólo un Administrador puede no tener jurisdicción: indique --jurisdiction.");
                return 2;
            }

            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(roleName))
            {
                await roles.CreateAsync(new IdentityRole(roleName));
            }

            var users = scope.ServiceProvider.GetRequiredService<UserManager<AmparoUser>>();
            var userName = parse.GetValue(name)!;
            var user = new AmparoUser { UserName = userName, FullName = parse.GetValue(fullName) ?? userName, JurisdictionId = jurisdictionId };
            var created = await users.CreateAsync(user, parse.GetValue(password)!);
            var result = created.Succeeded ? await users.AddToRoleAsync(user, roleName) : created;
            if (!result.Succeeded)
            {
                await error.WriteLineAsync(string.Join(Environment.NewLine, result.Errors.Select(e => e.Description)));
                return 1;
            }

            await output.WriteLineAsync($"Usuario '{userName}' creado con el rol {roleName}.");
            return 0;
        });
        return command;
    }
}
