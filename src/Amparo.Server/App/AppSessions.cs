using Amparo.Data.App;
using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Domain.Cases;
using Amparo.Server.FieldDevices;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.App;

/// <summary>
/// Enrolment (a single-use code becomes an installation with its device on her case) and refresh (each refresh token
/// is used once; one used before that comes back means a copy was stolen, and the installation is revoked).
/// </summary>
public sealed class AppSessions(
    IDbContextFactory<AmparoDbContext> contexts, AppTokenIssuer tokens, AppProfiles profiles, CaseMonitorReload reload, TimeProvider time)
{
    private const string BadCode = "El código no es válido. Revíselo o pida uno nuevo al centro de monitoreo.";

    public async Task<CommandResult<AppTokens>> EnrolAsync(AppEnrolRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var deviceName = string.IsNullOrWhiteSpace(request.DeviceName) ? "Teléfono" : request.DeviceName.Trim();
        if (deviceName.Length > 100)
        {
            return CommandResult.Refused<AppTokens>(CommandOutcome.Invalid, "El nombre del teléfono no puede pasar de 100 caracteres.");
        }

        if (AppSecrets.NormaliseCode(request.Code) is not { } code)
        {
            return CommandResult.Refused<AppTokens>(CommandOutcome.Invalid, BadCode);
        }

        var now = time.GetUtcNow();
        await using var db = contexts.CreateDbContext();
        var hash = AppSecrets.Hash(code);
        var enrolment = await db.AppEnrolments.FirstOrDefaultAsync(e => e.CodeHash == hash, cancellationToken);
        if (enrolment is null)
        {
            return CommandResult.Refused<AppTokens>(CommandOutcome.Invalid, BadCode);
        }

        if (enrolment.UsedAt is not null)
        {
            return CommandResult.Refused<AppTokens>(CommandOutcome.Invalid, "Este código ya se usó. Pida uno nuevo al centro de monitoreo.");
        }

        if (enrolment.ExpiresAt <= now.UtcDateTime)
        {
            return CommandResult.Refused<AppTokens>(CommandOutcome.Invalid, "Este código venció. Pida uno nuevo al centro de monitoreo.");
        }

        if (!await db.Cases.AnyAsync(c => c.Id == enrolment.CaseId && c.Status == CaseStatus.Active, cancellationToken))
        {
            return CommandResult.Refused<AppTokens>(CommandOutcome.Invalid, "Su caso ya no está en monitoreo. Comuníquese con el centro de monitoreo.");
        }

        var installationId = Guid.CreateVersion7();
        var device = AppDevices.Add(db, installationId, enrolment, deviceName, now.UtcDateTime);
        db.AppInstallations.Add(new AppInstallation
        {
            Id = installationId, CaseId = enrolment.CaseId, PersonId = enrolment.PersonId, DeviceId = device.Id,
            DeviceName = deviceName, EnrolledAt = now.UtcDateTime, LastSeenAt = now.UtcDateTime,
        });
        enrolment.UsedAt = now.UtcDateTime;
        enrolment.InstallationId = installationId;
        CaseTimeline.Record(db, enrolment.CaseId, CaseEventKinds.AppEnrolled, "app", now.UtcDateTime, null, new { installationId, deviceName });
        var issued = tokens.Issue(db, installationId, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Refused<AppTokens>(CommandOutcome.Invalid, "Este código ya se usó. Pida uno nuevo al centro de monitoreo.");
        }

        await reload.ReloadAsync(enrolment.CaseId);
        var profile = await profiles.ForAsync(db, enrolment.PersonId, cancellationToken);
        return CommandResult.Ok(new AppTokens(issued.AccessToken, issued.ExpiresIn, issued.RefreshToken, installationId, profile));
    }

    /// <summary>Her victim's profile, for the tokens of a victim's installation.</summary>
    public async Task<AppTokens> VictimTokensAsync(AppRefresh refresh, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refresh);
        await using var db = contexts.CreateDbContext();
        var profile = await profiles.ForAsync(db, refresh.Installation.PersonId!.Value, cancellationToken);
        return new AppTokens(refresh.AccessToken, refresh.ExpiresIn, refresh.RefreshToken, refresh.Installation.Id, profile);
    }

    /// <summary>How long after a refresh its retry is taken as a lost answer rather than a stolen token.</summary>
    public static readonly TimeSpan LostAnswerGrace = TimeSpan.FromMinutes(2);

    /// <returns>
    /// The next tokens and the installation they are for; null when the token is unknown, its installation revoked, or
    /// it was already used and its successor's answer reached the phone (then revoked now).
    /// </returns>
    public async Task<AppRefresh?> RefreshAsync(AppTokenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.RefreshToken) || request.RefreshToken.Length > 200)
        {
            return null;
        }

        var hash = AppSecrets.Hash(request.RefreshToken);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = contexts.CreateDbContext();
            var stored = await db.AppRefreshTokens.FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
            var installation = stored is null ? null : await db.AppInstallations.FirstOrDefaultAsync(i => i.Id == stored.InstallationId, cancellationToken);
            if (stored is null || installation is null || installation.RevokedAt is not null)
            {
                return null;
            }

            var now = time.GetUtcNow();
            if (stored.ReplacedAt is { } replacedAt && await LostAnswerAsync(db, stored, replacedAt, now.UtcDateTime, cancellationToken) is { } unreceived)
            {
                // Her phone never got the answer to its last refresh (a bad network): that answer is void, she gets a new one.
                stored = unreceived;
            }
            else if (stored.ReplacedAt is not null)
            {
                await AppRevocation.RevokeAsync(db, installation, CaseTimeline.System,
                    "Se volvió a presentar un token de renovación ya usado: posible robo del token.", now.UtcDateTime, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                if (installation.CaseId is { } caseId)
                {
                    await reload.ReloadAsync(caseId);
                }

                return null;
            }

            stored.ReplacedAt = now.UtcDateTime;
            var issued = tokens.Issue(db, installation.Id, now);
            stored.ReplacedById = issued.Generation;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 2)
            {
                // The same token used twice at once: read it again, now replaced; the second use takes the lost-answer path.
                continue;
            }

            return new AppRefresh(issued.AccessToken, issued.ExpiresIn, issued.RefreshToken, installation);
        }
    }

    /// <summary>
    /// The token that replaced <paramref name="stored"/>, if the phone can never have received it: asked for again
    /// within the grace, and that token neither used nor replaced since. Otherwise the reuse is a theft.
    /// </summary>
    private static async Task<AppRefreshToken?> LostAnswerAsync(
        AmparoDbContext db, AppRefreshToken stored, DateTime replacedAt, DateTime now, CancellationToken cancellationToken) =>
        now - replacedAt > LostAnswerGrace || stored.ReplacedById is not { } successor
            ? null
            : await db.AppRefreshTokens.FirstOrDefaultAsync(t => t.Id == successor && t.ReplacedAt == null && t.FirstUsedAt == null, cancellationToken);
}
