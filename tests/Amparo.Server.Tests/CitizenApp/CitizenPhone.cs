using System.Net.Http.Headers;
using System.Text.Json;
using Amparo.Server.Tests.Citizens;
using Amparo.Server.Tests.Support;

namespace Amparo.Server.Tests.CitizenApp;

/// <summary>A citizen's phone with the municipal app, registered as the PWA does it: the code from the SMS outbox.</summary>
internal sealed class CitizenPhone : IDisposable
{
    private CitizenPhone(TestServer server, string phone, JsonElement tokens)
    {
        Number = phone;
        Client = new HttpClient { BaseAddress = server.Api.BaseAddress };
        Tokens = tokens;
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
    }

    public HttpClient Client { get; }

    public string Number { get; }

    public JsonElement Tokens { get; }

    public static async Task<CitizenPhone> RegisterAsync(TestServer server, string fullName = "Elena Ccori")
    {
        var phone = CitizenWorld.NewPhone();
        using var started = await server.Api.PostAsJsonAsync("app/api/ciudadania/registro", new { phone, fullName });
        Assert.Equal(System.Net.HttpStatusCode.Accepted, started.StatusCode);
        var code = await CitizenWorld.LastCodeAsync(server, phone);
        using var verified = await server.Api.PostAsJsonAsync("app/api/ciudadania/verificacion", new { phone, code, deviceName = "Galaxy A03" });
        return new CitizenPhone(server, phone, await ApiJson.ReadAsync(verified));
    }

    public Task<HttpResponseMessage> AlertAsync(string kind, string key, double latitude, double longitude) =>
        Client.PostAsJsonAsync("app/api/ciudadania/alertas", new { kind, idempotencyKey = key, at = DateTime.UtcNow, latitude, longitude });

    public Task<HttpResponseMessage> ReportAsync(string key, string category, double latitude, double longitude, byte[]? photo, string description = "")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(key), "idempotencyKey" },
            { new StringContent(category), "category" },
            { new StringContent(description), "description" },
            { new StringContent(latitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture)), "latitude" },
            { new StringContent(longitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture)), "longitude" },
        };
        if (photo is not null)
        {
            var file = new ByteArrayContent(photo);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(file, "photo", "foto.png");
        }

        return Client.PostAsync("app/api/ciudadania/reportes", form);
    }

    public void Dispose() => Client.Dispose();
}
