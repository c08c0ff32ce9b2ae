using Amparo.Server.Tests.Intake;
using Amparo.Server.Tests.Support;

namespace Amparo.Server.Tests.Registries;

/// <summary>Cases taken through the API from the order to activation, as the intake desk does it.</summary>
internal static class RegistrySeed
{
    public static async Task<Guid> ActiveCaseAsync(IntakeDesk desk)
    {
        var caseId = await desk.RegisterAsync();
        var home = await desk.AddAddressAsync(caseId, "Victim", "Home", IntakeDesk.HerHome);
        var hisHome = IntakeDesk.North(IntakeDesk.HerHome, 3_000);
        var his = await desk.AddAddressAsync(caseId, "Aggressor", "Home", hisHome);
        await desk.ConfirmAsync(caseId, home, IntakeDesk.HerHome);
        await desk.ConfirmAsync(caseId, his, hisHome);
        await desk.CoverageAsync(caseId, home, "Good");
        await desk.ConsentAsync(caseId, "Given");
        await desk.AssessAsync(caseId);
        using var activated = await desk.ActivateAsync(caseId);
        await ApiJson.ReadAsync(activated);
        return caseId;
    }

    public static async Task AddDependantAsync(IntakeDesk desk, Guid caseId, string category, bool hasSupportNetwork, string? supportNetwork)
    {
        using var response = await desk.Cem.PostAsJsonAsync($"api/cases/{caseId}/dependants",
            new { fullName = "Lucía Mamani", category, hasSupportNetwork, supportNetwork }, ApiJson.Options);
        await ApiJson.ReadAsync(response);
    }
}
