using Amparo.Data.App;
using Amparo.Data.Database;
using Amparo.Server.App;
using Amparo.Server.Citizens;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.CitizenApp;

/// <summary>
/// A verified phone becomes an installation of the municipal app for her account, with the same tokens as a victim's
/// app (short access token, refresh token used once, revocable); refresh is shared, only the profile differs.
/// </summary>
public sealed class CitizenAppSessions(
    IDbContextFactory<AmparoDbContext> contexts, CitizenRegistration registration, AppTokenIssuer tokens, CitizenProfiles profiles, TimeProvider time)
{
    public async Task<CommandResult<CitizenTokens>> VerifyAsync(CitizenVerifyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var deviceName = string.IsNullOrWhiteSpace(request.DeviceName) ? "Teléfono" : request.DeviceName.Trim();
        if (deviceName.Length > 100)
        {
            return CommandResult.Refused<CitizenTokens>(CommandOutcome.Invalid, "El nombre del teléfono no puede pasar de 100 caracteres.");
        }

        var verified = await registration.VerifyAsync(request.Phone ?? "", request.Code ?? "", cancellationToken);
        if (verified.Value is not { } account)
        {
            return new CommandResult<CitizenTokens>(verified.Outcome, null, verified.Problems);
        }

        var now = time.GetUtcNow();
        await using var db = contexts.CreateDbContext();
        var installationId = Guid.CreateVersion7();
        db.AppInstallations.Add(new AppInstallation
        {
            Id = installationId, CitizenId = account.Id, DeviceName = deviceName, EnrolledAt = now.UtcDateTime, LastSeenAt = now.UtcDateTime,
        });
        var issued = tokens.Issue(db, installationId, now);
        await db.SaveChangesAsync(cancellationToken);
        var profile = await profiles.ForAsync(db, account.Id, cancellationToken);
        return CommandResult.Ok(new CitizenTokens(issued.AccessToken, issued.ExpiresIn, issued.RefreshToken, installationId, profile));
    }

    /// <summary>Her profile with a refresh's tokens, for a citizen's installation.</summary>
    public async Task<CitizenTokens> TokensAsync(AppRefresh refresh, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refresh);
        await using var db = contexts.CreateDbContext();
        var profile = await profiles.ForAsync(db, refresh.Installation.CitizenId!.Value, cancellationToken);
        return new CitizenTokens(refresh.AccessToken, refresh.ExpiresIn, refresh.RefreshToken, refresh.Installation.Id, profile);
    }
}
