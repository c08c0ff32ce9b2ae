using System.Text.Json;
using Amparo.Data.Identity;
using Amparo.Domain.Geo;
using Amparo.Server.Tests.Support;

namespace Amparo.Server.Tests.Intake;

/// <summary>
/// The people of one jurisdiction who take a case from its order to activation, each with her own client: the
/// court, the women's emergency centre, the technician, the monitoring centre's supervisor and an operator.
/// </summary>
internal sealed class IntakeDesk : IDisposable
{
    public static readonly GeoPoint HerHome = new(-16.4012, -71.5371);

    private IntakeDesk(Guid jurisdictionId, HttpClient court, HttpClient cem, HttpClient technician, HttpClient supervisor, HttpClient operatorClient)
    {
        JurisdictionId = jurisdictionId;
        Court = court;
        Cem = cem;
        Technician = technician;
        Supervisor = supervisor;
        Operator = operatorClient;
    }

    public Guid JurisdictionId { get; }

    public HttpClient Court { get; }

    public HttpClient Cem { get; }

    public HttpClient Technician { get; }

    public HttpClient Supervisor { get; }

    public HttpClient Operator { get; }

    public static async Task<IntakeDesk> CreateAsync(TestServer server)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var jurisdiction = await TestUsers.JurisdictionAsync(server, "Intake " + suffix);
        async Task<HttpClient> ClientAsync(string prefix, string role) =>
            await server.ClientAsync(await TestUsers.CreateAsync(server, $"{prefix}-{suffix}", role, jurisdiction));
        return new IntakeDesk(jurisdiction,
            await ClientAsync("juzgado", AmparoRoles.Juzgado), await ClientAsync("cem", AmparoRoles.Cem),
            await ClientAsync("tecnico", AmparoRoles.Tecnico), await ClientAsync("supervisora", AmparoRoles.Supervisor),
            await ClientAsync("operadora", AmparoRoles.Operador));
    }

    public static GeoPoint North(GeoPoint from, double metres) => new(from.Latitude + metres / 110_662.86, from.Longitude);

    /// <summary>The court registers the order: 1,000 m (or what is given), surveillance for six months from today.</summary>
    public async Task<Guid> RegisterAsync(double perimeterMetres = 1_000, DateOnly? endsOn = null)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-5));
        using var response = await Court.PostAsJsonAsync("api/cases", new
        {
            jurisdictionId = JurisdictionId, court = "2.º Juzgado de Familia de Arequipa", judge = "Dra. Rosa Quispe", fileNumber = "EXP-" + Guid.NewGuid().ToString("N")[..8],
            issuedOn = today, perimeterMetres,
            measures = new object[]
            {
                new { type = "ElectronicSurveillance", startsOn = today, endsOn = endsOn ?? today.AddMonths(6) },
                new { type = "ProhibitionToApproach", startsOn = today, endsOn = endsOn ?? today.AddMonths(6), details = "1000 m de la víctima" },
            },
            victim = new { fullName = "María Condori", documentNumber = "40123456", phones = new[] { "+51 959 000 111" } },
            aggressor = new { fullName = "Juan Mamani", phones = new[] { "+51 958 000 222" } },
        }, ApiJson.Options);
        return (await ApiJson.ReadAsync(response)).GetProperty("id").GetGuid();
    }

    public async Task<Guid> AddAddressAsync(Guid caseId, string role, string kind, GeoPoint at, HttpClient? by = null)
    {
        using var response = await (by ?? Cem).PostAsJsonAsync($"api/cases/{caseId}/addresses",
            new { role, kind, text = $"{kind} de {role}", latitude = at.Latitude, longitude = at.Longitude }, ApiJson.Options);
        return (await ApiJson.ReadAsync(response)).GetProperty("id").GetGuid();
    }

    public async Task ConfirmAsync(Guid caseId, Guid addressId, GeoPoint at)
    {
        using var response = await Cem.PostAsJsonAsync($"api/cases/{caseId}/addresses/{addressId}/confirm", new { latitude = at.Latitude, longitude = at.Longitude });
        await ApiJson.ReadAsync(response);
    }

    public async Task CoverageAsync(Guid caseId, Guid addressId, string coverage)
    {
        using var response = await Technician.PostAsJsonAsync($"api/cases/{caseId}/addresses/{addressId}/coverage", new { coverage, note = "Claro 4G, GPS a cielo abierto" });
        await ApiJson.ReadAsync(response);
    }

    public async Task ConsentAsync(Guid caseId, string decision)
    {
        using var response = await Cem.PutAsJsonAsync($"api/cases/{caseId}/consent", new { decision, note = "Se le explicó el funcionamiento del dispositivo." });
        await ApiJson.ReadAsync(response);
    }

    /// <summary>The CEM applies Peru's FVR: severo (15 points) unless told otherwise.</summary>
    public async Task AssessAsync(Guid caseId, bool severe = true, DateOnly? on = null)
    {
        var yes = severe ? new[] { "2", "2a", "3", "4", "6", "9", "12" } : ["1", "6", "12"];
        var questions = new[] { "1", "2", "2a", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19" };
        var answers = questions.Where(q => q != "3" || yes.Contains("2a")).ToDictionary(q => q, q => yes.Contains(q) ? "si" : "no");
        using var response = await Cem.PostAsJsonAsync($"api/cases/{caseId}/risk-assessments",
            new { instrument = "pe-fvr", version = "2019", assessedOn = on, institutionName = "CEM Arequipa", answers });
        await ApiJson.ReadAsync(response);
    }

    public async Task<HttpResponseMessage> ActivateAsync(Guid caseId) =>
        await Supervisor.PostAsJsonAsync($"api/cases/{caseId}/activate", new { note = "Activación" });

    public async Task<JsonElement> IntakeAsync(Guid caseId, HttpClient? by = null) =>
        await ApiJson.ReadAsync(await (by ?? Supervisor).GetAsync($"api/cases/{caseId}/intake"));

    public async Task<List<string>> TimelineAsync(Guid caseId) =>
        (await ApiJson.ReadAsync(await Supervisor.GetAsync($"api/cases/{caseId}/timeline"))).EnumerateArray().Select(e => e.GetProperty("kind").GetString()!).ToList();

    /// <summary>A case taken through intake and activated, its surveillance ending on the day given; his home 3 km from hers.</summary>
    public async Task<Guid> ActivatedCaseAsync(DateOnly endsOn, DateOnly? assessedOn = null)
    {
        var caseId = await RegisterAsync(endsOn: endsOn);
        var home = await AddAddressAsync(caseId, "Victim", "Home", HerHome);
        var hisHome = North(HerHome, 3_000);
        var his = await AddAddressAsync(caseId, "Aggressor", "Home", hisHome);
        await ConfirmAsync(caseId, home, HerHome);
        await ConfirmAsync(caseId, his, hisHome);
        await CoverageAsync(caseId, home, "Good");
        await ConsentAsync(caseId, "Given");
        await AssessAsync(caseId, on: assessedOn);
        using var activated = await ActivateAsync(caseId);
        await ApiJson.ReadAsync(activated);
        return caseId;
    }

    public void Dispose()
    {
        Court.Dispose();
        Cem.Dispose();
        Technician.Dispose();
        Supervisor.Dispose();
        Operator.Dispose();
    }
}
