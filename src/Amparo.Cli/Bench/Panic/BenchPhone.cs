using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Amparo.Cli.Bench.Engine;

namespace Amparo.Cli.Bench.Panic;

/// <summary>A victim's phone with the app, linked to her bench case by a code the operator issued, as the PWA does it.</summary>
public sealed class BenchPhone(BenchCase benchCase, string accessToken)
{
    public BenchCase Case { get; } = benchCase;

    public static async Task<BenchPhone> EnrolAsync(HttpClient http, string staffToken, BenchCase benchCase)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(benchCase);
        using var issue = new HttpRequestMessage(HttpMethod.Post, $"api/cases/{benchCase.Id}/app-enrolments");
        issue.Headers.Authorization = new AuthenticationHeaderValue("Bearer", staffToken);
        using var issued = await http.SendAsync(issue);
        issued.EnsureSuccessStatusCode();
        var code = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
        using var enrolled = await http.PostAsJsonAsync("app/api/enrol", new { code, deviceName = "Banco " + benchCase.FileNumber });
        enrolled.EnsureSuccessStatusCode();
        var token = (await enrolled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        return new BenchPhone(benchCase, token);
    }

    /// <summary>Her panic from her home, as the app sends it after the 2-second hold.</summary>
    public async Task<HttpResponseMessage> PanicAsync(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var request = new HttpRequestMessage(HttpMethod.Post, "app/api/alerts")
        {
            Content = JsonContent.Create(new
            {
                idempotencyKey = Guid.NewGuid().ToString("D", CultureInfo.InvariantCulture), at = DateTime.UtcNow,
                latitude = Case.Home.Latitude, longitude = Case.Home.Longitude, accuracyMetres = 12.0, batteryPercent = 71.0, trigger = "Hold",
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await http.SendAsync(request);
    }
}
