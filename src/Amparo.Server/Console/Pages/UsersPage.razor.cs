using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.Auth;
using Amparo.Server.Console.Components;
using Amparo.Server.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Console.Pages;

/// <summary>Administrators manage the staff of their jurisdictions: create accounts, lock them, reset a lost authenticator, sign them out.</summary>
public sealed partial class UsersPage
{
    private readonly NewUser _new = new();
    private IReadOnlyList<UserView> _users = [];
    private List<(Guid Id, string Name)> _jurisdictions = [];
    private UserScope? _scope;
    private string? _problem;
    private bool _loaded;

    [Inject]
    private UserAdministration Users { get; set; } = default!;

    [Inject]
    private ConsoleSession Session { get; set; } = default!;

    [Inject]
    private IDbContextFactory<AmparoDbContext> Contexts { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _scope = await Session.ScopeAsync(CancellationToken.None);
        await using (var db = await Contexts.CreateDbContextAsync())
        {
            var all = await db.Jurisdictions.AsNoTracking().OrderBy(j => j.Name).Select(j => new { j.Id, j.Name }).ToListAsync();
            _jurisdictions = all.Where(j => _scope.CanSee(j.Id)).Select(j => (j.Id, j.Name)).ToList();
        }

        _new.JurisdictionId = _jurisdictions.Count > 0 ? _jurisdictions[0].Id : null;
        await LoadAsync();
        _loaded = true;
    }

    private async Task LoadAsync() => _users = await Users.ListAsync(_scope!, CancellationToken.None);

    private async Task CreateAsync()
    {
        var result = await Users.CreateAsync(_scope!, new NewUserRequest(_new.UserName, _new.FullName, _new.Role, _new.JurisdictionId, null, _new.Password),
            Session.RemoteAddress, CancellationToken.None);
        _new.Password = string.Empty;
        if (result.Outcome != CommandOutcome.Created)
        {
            _problem = string.Join(" ", result.Problems);
            return;
        }

        _problem = null;
        _new.UserName = _new.FullName = string.Empty;
        await LoadAsync();
    }

    private async Task ActAsync(UserView user, UserAction action)
    {
        var remote = Session.RemoteAddress;
        var result = action switch
        {
            UserAction.Lock => await Users.LockAsync(_scope!, user.UserName, remote, CancellationToken.None),
            UserAction.Unlock => await Users.UnlockAsync(_scope!, user.UserName, remote, CancellationToken.None),
            UserAction.ResetTwoFactor => await Users.ResetTwoFactorAsync(_scope!, user.UserName, remote, CancellationToken.None),
            _ => await Users.EndSessionsAsync(_scope!, user.UserName, remote, CancellationToken.None),
        };
        _problem = result.Outcome == CommandOutcome.Done ? null : string.Join(" ", result.Problems);
        await LoadAsync();
    }

    private string JurisdictionName(Guid? id) =>
        id is null ? Text.UiText.T("users.national") : _jurisdictions.FirstOrDefault(j => j.Id == id).Name ?? id.Value.ToString();

    private enum UserAction
    {
        Lock,
        Unlock,
        ResetTwoFactor,
        EndSessions,
    }

    private sealed class NewUser
    {
        public string UserName { get; set; } = string.Empty;

        public string FullName { get; set; } = string.Empty;

        public string Role { get; set; } = AmparoRoles.Operador;

        public Guid? JurisdictionId { get; set; }

        public string Password { get; set; } = string.Empty;
    }
}
