using System.Net.Http.Headers;
using System.Text.Json;
using Amparo.Server.Tests.Support;

namespace Amparo.Server.Tests.App;

/// <summary>Her phone with the app, as the PWA talks to the server: no cookies, the app's own bearer token.</summary>
internal sealed class AppPhone : IDisposable
{
    private AppPhone(TestServer server, JsonElement tokens)
    {
        Client = new HttpClient { BaseAddress = server.Api.BaseAddress };
        Use(tokens);
    }

    public HttpClient Client { get; }

    public string AccessToken { get; private set; } = "";

    public string RefreshToken { get; private set; } = "";

    public Guid InstallationId { get; private set; }

    public JsonElement Profile { get; private set; }

    /// <summary>A code from the centre for the case, as <paramref name="staff"/> asks for it.</summary>
    public static async Task<string> CodeAsync(TestServer server, Guid caseId, string staff = "operador")
    {
        using var client = await server.ClientAsync(staff);
        var issued = await ApiJson.ReadAsync(await client.PostAsync($"api/cases/{caseId}/app-enrolments", null));
        return issued.GetProperty("code").GetString()!;
    }

    public static async Task<AppPhone> EnrolAsync(TestServer server, Guid caseId, string deviceName = "Moto G")
    {
        var code = await CodeAsync(server, caseId);
        using var response = await server.Api.PostAsJsonAsync("app/api/enrol", new { code, deviceName });
        return new AppPhone(server, await ApiJson.ReadAsync(response));
    }

    public async Task<HttpResponseMessage> RefreshAsync(string refreshToken)
    {
        using var anonymous = new HttpClient { BaseAddress = Client.BaseAddress };
        return await anonymous.PostAsJsonAsync("app/api/token", new { refreshToken });
    }

    public Task<HttpResponseMessage> AlertAsync(Guid key, double latitude, double longitude, DateTime at) =>
        Client.PostAsJsonAsync("app/api/alerts", new { idempotencyKey = key.ToString(), at, latitude, longitude, accuracyMetres = 8.0, batteryPercent = 64.0, trigger = "Hold" });

    public void Use(JsonElement tokens)
    {
        AccessToken = tokens.GetProperty("accessToken").GetString()!;
        RefreshToken = tokens.GetProperty("refreshToken").GetString()!;
        InstallationId = tokens.GetProperty("installationId").GetGuid();
        Profile = tokens.GetProperty("profile");
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
    }

    public void Dispose() => Client.Dispose();
}
