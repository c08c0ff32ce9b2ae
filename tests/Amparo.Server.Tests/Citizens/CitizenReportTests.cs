using System.Net;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Domain.Citizens;
using Amparo.Server.Citizens;
using Amparo.Server.Commands;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Citizens;

[Collection(ServerCollection.Name)]
public class CitizenReportTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_pothole_with_a_real_photo_is_filed_once_and_its_photo_read_is_audited(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var citizen = await CitizenWorld.RegisterAsync(server);
        var reports = server.App.Services.GetRequiredService<CitizenReports>();
        var (latitude, longitude) = CitizenWorld.Somewhere();
        var filing = new ReportFiling("r-1", "bache", "Bache grande frente al mercado", latitude, longitude, CitizenWorld.Png);

        var filed = await reports.FileAsync(citizen.Id, filing, default);
        var retried = await reports.FileAsync(citizen.Id, filing, default);
        using var operador = await server.ClientAsync("operador");
        var services = (await ApiJson.ReadAsync(await operador.GetAsync("api/citizen-reports?queue=public-service&status=received"))).EnumerateArray();
        var emergencies = (await ApiJson.ReadAsync(await operador.GetAsync("api/citizen-reports?queue=emergency"))).EnumerateArray();
        using var photo = await operador.GetAsync($"api/citizen-reports/{filed.Value!.Id}/photo");

        Assert.Equal(CommandOutcome.Created, filed.Outcome);
        Assert.Equal(filed.Value.Id, retried.Value!.Id);
        Assert.Equal(ReportQueue.PublicService, filed.Value.Queue);
        Assert.Contains(services, r => r.GetProperty("id").GetGuid() == filed.Value.Id && r.GetProperty("hasPhoto").GetBoolean());
        Assert.DoesNotContain(emergencies, r => r.GetProperty("id").GetGuid() == filed.Value.Id);
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal("image/png", photo.Content.Headers.ContentType!.MediaType);
        Assert.Equal(CitizenWorld.Png, await photo.Content.ReadAsByteArrayAsync());
        await using var db = server.Db();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == CitizenReportDesk.PhotoRead && e.SubjectId == filed.Value.Id.ToString() && e.UserName == "operador"));
        Assert.Equal(1, await db.CitizenReports.CountAsync(r => r.CitizenId == citizen.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_photo_that_is_not_an_image_and_a_category_outside_the_catalogue_are_refused(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var citizen = await CitizenWorld.RegisterAsync(server);
        var reports = server.App.Services.GetRequiredService<CitizenReports>();
        var (latitude, longitude) = CitizenWorld.Somewhere();

        var pdf = await reports.FileAsync(citizen.Id, new ReportFiling("r-1", "basura", "", latitude, longitude, "%PDF-1.7\n"u8.ToArray()), default);
        var renamed = await reports.FileAsync(citizen.Id, new ReportFiling("r-2", "basura", "", latitude, longitude, "GIF89a\u0001\u0000"u8.ToArray()), default);
        var unknown = await reports.FileAsync(citizen.Id, new ReportFiling("r-3", "ovni", "", latitude, longitude), default);
        var huge = new byte[CitizenReports.MaxPhotoBytes + 1];
        CitizenWorld.Png.CopyTo(huge, 0);
        var tooBig = await reports.FileAsync(citizen.Id, new ReportFiling("r-4", "basura", "", latitude, longitude, huge), default);

        Assert.Equal(CommandOutcome.Invalid, pdf.Outcome);
        Assert.Contains("JPEG, PNG o WebP", pdf.Problems[0], StringComparison.Ordinal);
        Assert.Equal(CommandOutcome.Invalid, renamed.Outcome);
        Assert.Equal(CommandOutcome.Invalid, unknown.Outcome);
        Assert.Contains("5 MB", tooBig.Problems[0], StringComparison.Ordinal);
        await using var db = server.Db();
        Assert.False(await db.CitizenReports.AnyAsync(r => r.CitizenId == citizen.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Routing_and_each_status_change_are_kept_as_history_the_citizen_reads(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var citizen = await CitizenWorld.RegisterAsync(server);
        var reports = server.App.Services.GetRequiredService<CitizenReports>();
        var (latitude, longitude) = CitizenWorld.Somewhere();
        var report = (await reports.FileAsync(citizen.Id, new ReportFiling("r-1", "alumbrado", "Poste apagado", latitude, longitude), default)).Value!;
        using var supervisor = await server.ClientAsync("supervisor");

        using var early = await supervisor.PostAsJsonAsync($"api/citizen-reports/{report.Id}/status", new { status = "in-progress", note = "x" });
        using var route = await supervisor.PostAsJsonAsync($"api/citizen-reports/{report.Id}/route", new { area = "alumbrado", note = "Turnado a alumbrado" });
        using var working = await supervisor.PostAsJsonAsync($"api/citizen-reports/{report.Id}/status", new { status = "in-progress", note = "Cuadrilla asignada" });
        using var silentClose = await supervisor.PostAsJsonAsync($"api/citizen-reports/{report.Id}/status", new { status = "resolved" });
        using var done = await supervisor.PostAsJsonAsync($"api/citizen-reports/{report.Id}/status", new { status = "resolved", note = "Luminaria reemplazada" });
        using var reopen = await supervisor.PostAsJsonAsync($"api/citizen-reports/{report.Id}/status", new { status = "in-progress", note = "x" });
        var seen = await reports.StatusAsync(citizen.Id, report.Id, default);

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("alumbrado", (await ApiJson.ReadAsync(route)).GetProperty("area").GetString());
        Assert.Equal(HttpStatusCode.OK, working.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, silentClose.StatusCode);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, reopen.StatusCode);
        Assert.Equal(ReportStatus.Resolved, seen!.Status);
        Assert.Equal([ReportStatus.Received, ReportStatus.Routed, ReportStatus.InProgress, ReportStatus.Resolved], seen.History.Select(h => h.Status));
        Assert.Equal(["Turnado a alumbrado", "Cuadrilla asignada", "Luminaria reemplazada"], seen.History.Skip(1).Select(h => h.Note));
        var staffView = await ApiJson.ReadAsync(await supervisor.GetAsync($"api/citizen-reports/{report.Id}"));
        Assert.All(staffView.GetProperty("history").EnumerateArray().Skip(1), h => Assert.Equal("supervisor", h.GetProperty("by").GetString()));
        Assert.Null(await reports.StatusAsync(Guid.NewGuid(), report.Id, default));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_operator_registers_a_phoned_in_emergency_and_staff_of_another_jurisdiction_get_404(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var operador = await server.ClientAsync("operador");
        var (latitude, longitude) = CitizenWorld.Somewhere();
        var elsewhere = await TestUsers.JurisdictionAsync(server, "Otra jurisdicción " + Guid.NewGuid().ToString("N")[..6]);
        using var outsider = await server.ClientAsync(await TestUsers.CreateAsync(server, "supervisor.otro." + Guid.NewGuid().ToString("N")[..6], AmparoRoles.Supervisor, elsewhere));

        var report = await ApiJson.ReadAsync(await operador.PostAsJsonAsync("api/citizen-reports",
            new { category = "robo", description = "Robo de celular en el paradero", latitude, longitude, callerName = "Juan Pérez", callerPhone = "959111222" }));
        var id = report.GetProperty("id").GetGuid();
        using var get = await outsider.GetAsync($"api/citizen-reports/{id}");
        using var route = await outsider.PostAsJsonAsync($"api/citizen-reports/{id}/route", new { area = "seguridad" });
        using var status = await outsider.PostAsJsonAsync($"api/citizen-reports/{id}/status", new { status = "rejected", note = "x" });
        using var photo = await outsider.GetAsync($"api/citizen-reports/{id}/photo");
        var theirs = await ApiJson.ReadAsync(await outsider.GetAsync("api/citizen-reports?queue=emergency"));
        using var noQueue = await operador.GetAsync("api/citizen-reports");

        Assert.Equal("Emergency", report.GetProperty("queue").GetString());
        Assert.Equal("operador", report.GetProperty("registeredBy").GetString());
        Assert.Equal("Juan Pérez", report.GetProperty("citizenName").GetString());
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, route.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, photo.StatusCode);
        Assert.DoesNotContain(theirs.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.BadRequest, noQueue.StatusCode);
    }
}
