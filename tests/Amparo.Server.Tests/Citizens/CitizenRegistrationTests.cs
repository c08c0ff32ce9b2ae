using Amparo.Data.Database;
using Amparo.Server.Citizens;
using Amparo.Server.Commands;
using Amparo.Server.Demo;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Citizens;

[Collection(ServerCollection.Name)]
public class CitizenRegistrationTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_right_code_makes_the_account_in_the_municipality_and_the_sms_is_kept_not_sent(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var registration = server.App.Services.GetRequiredService<CitizenRegistration>();
        var phone = CitizenWorld.NewPhone();

        var started = await registration.StartAsync(phone, "  María Huamán ", default);
        var code = await CitizenWorld.LastCodeAsync(server, phone);
        var verified = await registration.VerifyAsync("+51 " + phone, code, default);
        var again = await registration.VerifyAsync(phone, code, default);

        Assert.Equal(CitizenWorld.E164(phone), started.Value!.Phone);
        Assert.False(started.Value.SmsSent, "without a gateway nothing is sent");
        Assert.Equal(CommandOutcome.Done, verified.Outcome);
        Assert.Equal("María Huamán", verified.Value!.FullName);
        Assert.Equal(CitizenWorld.E164(phone), verified.Value.Phone);
        Assert.Equal(CommandOutcome.NotFound, again.Outcome);
        await using var db = server.Db();
        var arequipa = await db.Jurisdictions.Where(j => j.Name == DemoScenario.Jurisdiction).Select(j => j.Id).SingleAsync();
        Assert.Equal(arequipa, verified.Value.JurisdictionId);
        var stored = await db.PhoneVerifications.SingleAsync(v => v.Phone == CitizenWorld.E164(phone));
        Assert.DoesNotContain(code, stored.CodeHash, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMinutes(10), stored.ExpiresAt - stored.SentAt);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_wrong_code_counts_a_try_and_five_wrong_ones_spend_the_code(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var registration = server.App.Services.GetRequiredService<CitizenRegistration>();
        var phone = CitizenWorld.NewPhone();
        await registration.StartAsync(phone, "Luz Mamani", default);
        var code = await CitizenWorld.LastCodeAsync(server, phone);
        var wrong = code == "000000" ? "111111" : "000000";

        var first = await registration.VerifyAsync(phone, wrong, default);
        for (var i = 0; i < 4; i++)
        {
            await registration.VerifyAsync(phone, wrong, default);
        }

        var rightTooLate = await registration.VerifyAsync(phone, code, default);

        Assert.Equal(CommandOutcome.Invalid, first.Outcome);
        Assert.Contains("4 intentos", first.Problems[0], StringComparison.Ordinal);
        Assert.Equal(CommandOutcome.Conflict, rightTooLate.Outcome);
        Assert.Contains("intentos", rightTooLate.Problems[0], StringComparison.Ordinal);
        await using var db = server.Db();
        Assert.False(await db.CitizenAccounts.AnyAsync(a => a.Phone == CitizenWorld.E164(phone)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_expired_code_is_refused(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var registration = server.App.Services.GetRequiredService<CitizenRegistration>();
        var phone = CitizenWorld.NewPhone();
        await registration.StartAsync(phone, "Ana Flores", default);
        var code = await CitizenWorld.LastCodeAsync(server, phone);
        await using (var db = server.Db())
        {
            await db.PhoneVerifications.Where(v => v.Phone == CitizenWorld.E164(phone))
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.ExpiresAt, DateTime.UtcNow.AddSeconds(-1)));
        }

        var result = await registration.VerifyAsync(phone, code, default);

        Assert.Equal(CommandOutcome.Conflict, result.Outcome);
        Assert.Contains("venció", result.Problems[0], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_code_is_resent_at_most_once_a_minute_and_five_times_a_day(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var registration = server.App.Services.GetRequiredService<CitizenRegistration>();
        var phone = CitizenWorld.NewPhone();
        var e164 = CitizenWorld.E164(phone);

        Assert.Equal(CommandOutcome.Created, (await registration.StartAsync(phone, "Eva Ramos", default)).Outcome);
        var tooSoon = await registration.StartAsync(phone, "Eva Ramos", default);
        var sixth = default(CommandResult<VerificationStarted>);
        for (var sent = 1; sent <= 5; sent++)
        {
            await using (var db = server.Db())
            {
                // Every code so far was sent earlier than a minute ago.
                await db.PhoneVerifications.Where(v => v.Phone == e164).ExecuteUpdateAsync(s => s.SetProperty(v => v.SentAt, v => v.SentAt.AddMinutes(-2)));
            }

            var result = await registration.StartAsync(phone, "Eva Ramos", default);
            Assert.Equal(sent < 5 ? CommandOutcome.Created : CommandOutcome.Conflict, result.Outcome);
            sixth = result;
        }

        Assert.Equal(CommandOutcome.Conflict, tooSoon.Outcome);
        Assert.Contains("minuto", tooSoon.Problems[0], StringComparison.Ordinal);
        Assert.Contains("24 horas", sixth!.Problems[0], StringComparison.Ordinal);
        await using var check = server.Db();
        Assert.Equal(5, await check.SmsOutbox.CountAsync(m => m.To == e164));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_number_that_is_not_a_mobile_is_refused_before_anything_is_sent(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var registration = server.App.Services.GetRequiredService<CitizenRegistration>();

        var result = await registration.StartAsync("054 123456", "Sin Celular", default);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        await using var db = server.Db();
        Assert.False(await db.PhoneVerifications.AnyAsync(v => v.FullName == "Sin Celular"));
    }
}
