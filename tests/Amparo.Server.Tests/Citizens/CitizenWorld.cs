using System.Globalization;
using System.Text.RegularExpressions;
using Amparo.Server.Citizens;
using Amparo.Server.Commands;
using Amparo.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Citizens;

/// <summary>Citizens registered through the real verification (the code read from the SMS outbox: tests run without a gateway).</summary>
public static partial class CitizenWorld
{
    /// <summary>A real 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>A Peruvian mobile nobody else in the test run has, written as people write it.</summary>
    public static string NewPhone()
    {
        var digits = Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        return $"9{digits[..2]} {digits[2..5]} {digits[5..]}";
    }

    public static string E164(string phone) => "+51" + phone.Replace(" ", "", StringComparison.Ordinal);

    public static async Task<string> LastCodeAsync(TestServer server, string phone)
    {
        await using var db = server.Db();
        var e164 = E164(phone);
        var text = await db.SmsOutbox.Where(m => m.To == e164).OrderByDescending(m => m.CreatedAt).Select(m => m.Text).FirstAsync();
        return SixDigits().Match(text).Value;
    }

    public static async Task<CitizenAccountView> RegisterAsync(TestServer server, string name = "Rosa Quispe")
    {
        var registration = server.App.Services.GetRequiredService<CitizenRegistration>();
        var phone = NewPhone();
        Assert.Equal(CommandOutcome.Created, (await registration.StartAsync(phone, name, default)).Outcome);
        var verified = await registration.VerifyAsync(phone, await LastCodeAsync(server, phone), default);
        Assert.Equal(CommandOutcome.Done, verified.Outcome);
        return verified.Value!;
    }

    /// <summary>A place of its own for each test, so units and alerts of other tests are far away.</summary>
    public static (double Latitude, double Longitude) Somewhere() =>
        (-16.0 - Random.Shared.NextDouble() * 2, -72.0 - Random.Shared.NextDouble() * 2);

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
