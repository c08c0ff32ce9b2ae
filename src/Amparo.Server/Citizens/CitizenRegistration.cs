using System.Globalization;
using Amparo.Data.Citizens;
using Amparo.Data.Database;
using Amparo.Domain.Citizens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Citizens;

/// <summary>
/// A citizen registers with her mobile: a six-digit code goes by SMS (kept hashed, 10 minutes, 5 tries, at most one
/// a minute and five a day per phone) and the right code makes or renews her account in the municipality.
/// </summary>
public sealed class CitizenRegistration(
    IDbContextFactory<AmparoDbContext> contexts, ISmsSender sms, CitizenJurisdiction municipality, IOptions<CitizenOptions> options, TimeProvider time)
{
    public async Task<CommandResult<VerificationStarted>> StartAsync(string phone, string fullName, CancellationToken cancellationToken)
    {
        if (CitizenPhone.Normalise(phone, options.Value.Country) is not { } number)
        {
            return CommandResult.Refused<VerificationStarted>(CommandOutcome.Invalid, "El número no es un celular válido de Perú, México o Argentina.");
        }

        var name = fullName?.Trim() ?? "";
        if (name.Length is < 2 or > 200)
        {
            return CommandResult.Refused<VerificationStarted>(CommandOutcome.Invalid, "Escriba su nombre completo (hasta 200 caracteres).");
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dayAgo = now.AddDays(-1);
        var sent = await db.PhoneVerifications.Where(v => v.Phone == number && v.SentAt > dayAgo).Select(v => v.SentAt).ToListAsync(cancellationToken);
        if (VerificationRules.ResendRefusal(sent, now) is { } refusal)
        {
            return CommandResult.Refused<VerificationStarted>(CommandOutcome.Conflict, refusal);
        }

        var code = VerificationCode.New();
        var salt = VerificationCode.NewSalt();
        var verification = new PhoneVerification
        {
            Id = Guid.CreateVersion7(), Phone = number, FullName = name, Salt = salt, CodeHash = VerificationCode.Hash(code, salt),
            SentAt = now, ExpiresAt = now + VerificationRules.Lifetime,
        };
        db.PhoneVerifications.Add(verification);
        await db.SaveChangesAsync(cancellationToken);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{options.Value.SmsSignature}: su código de verificación es {code}. Vence en {VerificationRules.Lifetime.TotalMinutes:0} minutos. No lo comparta con nadie.");
        var result = await sms.SendAsync(number, text, cancellationToken);
        return result == SmsResult.Failed
            ? CommandResult.Refused<VerificationStarted>(CommandOutcome.Conflict, "No se pudo enviar el SMS; intente de nuevo en un minuto.")
            : CommandResult.Created(new VerificationStarted(number, verification.ExpiresAt, result == SmsResult.Sent));
    }

    public async Task<CommandResult<CitizenAccountView>> VerifyAsync(string phone, string code, CancellationToken cancellationToken)
    {
        if (CitizenPhone.Normalise(phone, options.Value.Country) is not { } number)
        {
            return CommandResult.Refused<CitizenAccountView>(CommandOutcome.Invalid, "El número no es un celular válido de Perú, México o Argentina.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = await db.PhoneVerifications.Where(v => v.Phone == number && v.VerifiedAt == null)
            .OrderByDescending(v => v.SentAt).FirstOrDefaultAsync(cancellationToken);
        if (pending is null)
        {
            return CommandResult.Refused<CitizenAccountView>(CommandOutcome.NotFound, "No hay un código pendiente para este número: pida uno.");
        }

        if (pending.ExpiresAt <= now)
        {
            return CommandResult.Refused<CitizenAccountView>(CommandOutcome.Conflict, "El código venció: pida uno nuevo.");
        }

        if (pending.Attempts >= VerificationRules.MaxAttempts)
        {
            return CommandResult.Refused<CitizenAccountView>(CommandOutcome.Conflict, "Se agotaron los intentos de este código: pida uno nuevo.");
        }

        if (!VerificationCode.Matches(code?.Trim(), pending.Salt, pending.CodeHash))
        {
            pending.Attempts++;
            await db.SaveChangesAsync(cancellationToken);
            var left = VerificationRules.MaxAttempts - pending.Attempts;
            return CommandResult.Refused<CitizenAccountView>(CommandOutcome.Invalid,
                left > 0 ? $"Código incorrecto. Le quedan {left} intentos." : "Código incorrecto. Se agotaron los intentos: pida uno nuevo.");
        }

        if (await municipality.ResolveAsync(cancellationToken) is not { } jurisdictionId)
        {
            return CommandResult.Refused<CitizenAccountView>(CommandOutcome.Conflict, "El municipio del servicio no está configurado (Amparo:Citizens:Jurisdiction).");
        }

        pending.VerifiedAt = now;
        var account = await db.CitizenAccounts.FirstOrDefaultAsync(a => a.Phone == number, cancellationToken);
        if (account is null)
        {
            account = new CitizenAccount { Id = Guid.CreateVersion7(), Phone = number, FullName = pending.FullName, JurisdictionId = jurisdictionId };
            db.CitizenAccounts.Add(account);
        }

        account.FullName = pending.FullName;
        account.VerifiedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Ok(CitizenAccountView.From(account));
    }
}
