using System.Net;
using System.Text.Json;
using Amparo.Server.Tests.Support;

namespace Amparo.Server.Tests.FieldDevices;

/// <summary>The stock and act calls the tests make, and their bodies.</summary>
public static class FieldApi
{
    public static async Task<JsonElement> RegisterAsync(HttpClient client, string uniqueId, string kind, Guid custodianId)
    {
        using var response = await client.PostAsJsonAsync("api/stock/devices", new { uniqueId, protocol = "OsmAnd", kind, custodianId, model = "Prueba X1" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ApiJson.ReadAsync(response);
    }

    /// <summary>The paper every act needs: where, who was there (one signed, one refused), a photo.</summary>
    public static Dictionary<string, object?> Act(string party, Guid institutionId, object? photo = null) => new()
    {
        ["party"] = party,
        ["address"] = "Av. Ejército 123, Cayma",
        ["latitude"] = -16.39,
        ["longitude"] = -71.54,
        ["institutionId"] = institutionId,
        ["attendees"] = new object[]
        {
            new { fullName = "Sub Oficial Ramos", role = "PoliceOfficer", documentNumber = "CIP 3124", signature = FieldImages.File("firma.png", FieldImages.Png) },
            new { fullName = "Portador del dispositivo", role = "Wearer", refusalReason = "Se negó a firmar sin su abogado." },
        },
        ["photos"] = new[] { photo ?? FieldImages.File("tobillera.jpg", FieldImages.Jpeg, "Tobillera colocada") },
        ["notes"] = "Se explicó el funcionamiento del dispositivo.",
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> act, string key, object? value)
    {
        act[key] = value;
        return act;
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static string Detail(JsonElement problem) => problem.GetProperty("detail").GetString() ?? "";
}
