using Amparo.Data.Audit;
using Amparo.Data.Identity;
using Amparo.Server.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Users;

/// <summary>
/// Administrators manage the staff of their jurisdictions (a national administrator, everyone's): accounts, roles,
/// locks, second factors and sessions. Every change is audited with who made it, from where, and what changed; any
/// change to an account ends its sessions.
/// </summary>
public sealed class UserAdministration(UserManager<AmparoUser> users, SessionCheck sessions, AuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<UserView>> ListAsync(UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var visible = scope.Jurisdictions;
        var accounts = await users.Users.AsNoTracking()
            .Where(u => visible == null || (u.JurisdictionId != null && visible.Contains(u.JurisdictionId.Value)))
            .OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var views = new List<UserView>(accounts.Count);
        foreach (var account in accounts)
        {
            views.Add(await ViewAsync(account));
        }

        return views;
    }

    public async Task<CommandResult<UserView>> CreateAsync(UserScope scope, NewUserRequest request, string? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(request.UserName) || request.UserName.Length > 64)
        {
            problems.Add("Falta el usuario (userName), de a lo sumo 64 caracteres.");
        }

        if (string.IsNullOrWhiteSpace(request.FullName) || request.FullName.Length > 200)
        {
            problems.Add("Falta el nombre completo (fullName), de a lo sumo 200 caracteres.");
        }

        problems.AddRange(RoleProblems(scope, request.Role, request.JurisdictionId));
        if (string.IsNullOrEmpty(request.Password))
        {
            problems.Add("Falta la contraseña inicial (password).");
        }

        if (problems.Count > 0)
        {
            return CommandResult.Invalid<UserView>(problems);
        }

        if (await users.FindByNameAsync(request.UserName!) is not null)
        {
            return CommandResult.Refused<UserView>(CommandOutcome.Conflict, $"Ya existe el usuario «{request.UserName}».");
        }

        var account = new AmparoUser { UserName = request.UserName, FullName = request.FullName!, JurisdictionId = request.JurisdictionId, InstitutionId = request.InstitutionId };
        var created = await users.CreateAsync(account, request.Password!);
        if (!created.Succeeded)
        {
            return CommandResult.Invalid<UserView>(created.Errors.Select(Describe).ToList());
        }

        await users.AddToRoleAsync(account, request.Role!);
        await RecordAsync(scope, AuditActions.UserCreated, account, $"rol {request.Role}, jurisdicción {request.JurisdictionId?.ToString() ?? "nacional"}", remoteAddress, cancellationToken);
        return CommandResult.Created(await ViewAsync(account));
    }

    public async Task<CommandResult<UserView>> ChangeAsync(UserScope scope, string userName, UserChangeRequest request, string? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await FindAsync(scope, userName) is not { } account)
        {
            return NotFound();
        }

        var roles = await users.GetRolesAsync(account);
        var role = request.Role ?? roles.FirstOrDefault();
        var jurisdiction = request.JurisdictionId ?? account.JurisdictionId;
        var problems = RoleProblems(scope, role, jurisdiction).ToList();
        if (account.UserName == scope.UserName && request.Role is not null && !roles.Contains(request.Role))
        {
            problems.Add("No puede cambiar su propio rol: pídalo a otro administrador.");
        }

        if (request.FullName is { Length: 0 or > 200 })
        {
            problems.Add("El nombre completo (fullName) tiene entre 1 y 200 caracteres.");
        }

        if (problems.Count > 0)
        {
            return CommandResult.Invalid<UserView>(problems);
        }

        var before = $"{string.Join('/', roles)} en {account.JurisdictionId?.ToString() ?? "nacional"}";
        account.FullName = request.FullName ?? account.FullName;
        account.JurisdictionId = jurisdiction;
        account.InstitutionId = request.InstitutionId ?? account.InstitutionId;
        await users.UpdateAsync(account);
        if (!roles.SequenceEqual([role!]))
        {
            await users.RemoveFromRolesAsync(account, roles);
            await users.AddToRoleAsync(account, role!);
        }

        await EndAsync(account);
        await RecordAsync(scope, AuditActions.UserChanged, account, $"{before} → {role} en {jurisdiction?.ToString() ?? "nacional"}", remoteAddress, cancellationToken);
        return CommandResult.Ok(await ViewAsync(account));
    }

    /// <summary>Locks an account until a date (none: until unlocked); her sessions end at once.</summary>
    public Task<CommandResult<UserView>> LockAsync(UserScope scope, string userName, string? remoteAddress, CancellationToken cancellationToken) =>
        ActAsync(scope, userName, AuditActions.UserLocked, remoteAddress, async account =>
        {
            if (account.UserName == scope.UserName)
            {
                return "No puede bloquear su propia cuenta.";
            }

            await users.SetLockoutEnabledAsync(account, true);
            await users.SetLockoutEndDateAsync(account, DateTimeOffset.MaxValue);
            return null;
        }, cancellationToken);

    public Task<CommandResult<UserView>> UnlockAsync(UserScope scope, string userName, string? remoteAddress, CancellationToken cancellationToken) =>
        ActAsync(scope, userName, AuditActions.UserUnlocked, remoteAddress, async account =>
        {
            await users.SetLockoutEndDateAsync(account, null);
            await users.ResetAccessFailedCountAsync(account);
            return null;
        }, cancellationToken);

    /// <summary>She lost her phone: her authenticator is forgotten and she sets up a new one at her next sign-in.</summary>
    public Task<CommandResult<UserView>> ResetTwoFactorAsync(UserScope scope, string userName, string? remoteAddress, CancellationToken cancellationToken) =>
        ActAsync(scope, userName, AuditActions.TwoFactorReset, remoteAddress, async account =>
        {
            await users.SetTwoFactorEnabledAsync(account, false);
            await users.ResetAuthenticatorKeyAsync(account);
            return null;
        }, cancellationToken);

    public Task<CommandResult<UserView>> EndSessionsAsync(UserScope scope, string userName, string? remoteAddress, CancellationToken cancellationToken) =>
        ActAsync(scope, userName, AuditActions.SessionsEnded, remoteAddress, _ => Task.FromResult<string?>(null), cancellationToken);

    public Task<CommandResult<UserView>> SetPasswordAsync(UserScope scope, string userName, PasswordRequest request, string? remoteAddress, CancellationToken cancellationToken) =>
        ActAsync(scope, userName, AuditActions.PasswordSet, remoteAddress, async account =>
        {
            if (string.IsNullOrEmpty(request?.Password))
            {
                return "Falta la contraseña (password).";
            }

            var set = await StaffPasswords.SetAsync(users, account, request.Password);
            return set.Succeeded ? null : string.Join(" ", set.Errors.Select(Describe));
        }, cancellationToken);

    private async Task<CommandResult<UserView>> ActAsync(
        UserScope scope, string userName, string action, string? remoteAddress, Func<AmparoUser, Task<string?>> change, CancellationToken cancellationToken)
    {
        if (await FindAsync(scope, userName) is not { } account)
        {
            return NotFound();
        }

        if (await change(account) is { } problem)
        {
            return CommandResult.Invalid<UserView>([problem]);
        }

        await EndAsync(account);
        await RecordAsync(scope, action, account, null, remoteAddress, cancellationToken);
        return CommandResult.Ok(await ViewAsync(account));
    }

    /// <summary>Every change ends her sessions: a new security stamp, known to this node at once.</summary>
    private async Task EndAsync(AmparoUser account)
    {
        await users.UpdateSecurityStampAsync(account);
        sessions.Forget(account.Id);
    }

    private async Task<AmparoUser?> FindAsync(UserScope scope, string userName)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var account = await users.FindByNameAsync(userName);
        return account is not null && (scope.Jurisdictions is null || (account.JurisdictionId is { } j && scope.CanSee(j))) ? account : null;
    }

    /// <summary>One known role; a jurisdiction the administrator manages; no one but a national administrator makes a national account.</summary>
    private static IEnumerable<string> RoleProblems(UserScope scope, string? role, Guid? jurisdiction)
    {
        if (role is null || !AmparoRoles.All.Contains(role))
        {
            yield return $"El rol (role) es uno de: {string.Join(", ", AmparoRoles.All)}.";
        }

        if (jurisdiction is null && scope.Jurisdictions is not null)
        {
            yield return "Solo un administrador nacional crea cuentas sin jurisdicción.";
        }
        else if (jurisdiction is { } j && !scope.CanSee(j))
        {
            yield return "La jurisdicción (jurisdictionId) no es de las suyas.";
        }
        else if (jurisdiction is null && role != AmparoRoles.Administrador)
        {
            yield return "Solo un administrador puede no tener jurisdicción.";
        }
    }

    private async Task<UserView> ViewAsync(AmparoUser account) => new(
        account.UserName!, account.FullName, [.. await users.GetRolesAsync(account)], account.JurisdictionId, account.InstitutionId,
        account.TwoFactorEnabled, account.LockoutEnd is { } end && end > time.GetUtcNow() ? end : null, account.AccessFailedCount);

    private Task RecordAsync(UserScope scope, string action, AmparoUser account, string? details, string? remoteAddress, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditEntry(scope.UserName, action, "user", account.UserName, RemoteAddress: remoteAddress, Details: details), cancellationToken);

    private static string Describe(IdentityError error) => error.Description;

    private static CommandResult<UserView> NotFound() =>
        CommandResult.Refused<UserView>(CommandOutcome.NotFound, "No existe esa cuenta o no es de sus jurisdicciones.");
}
