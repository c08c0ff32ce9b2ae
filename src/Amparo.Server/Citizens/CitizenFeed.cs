using Amparo.Server.Live;
using Microsoft.AspNetCore.SignalR;

namespace Amparo.Server.Citizens;

/// <summary>
/// Pushes citizen alerts (<c>citizenAlert</c>) and reports (<c>citizenReport</c>) to the hub clients of their
/// jurisdiction that may see where a person in danger is (the centre's operators, supervisors and administrators:
/// the same group as victims' positions), and to the console's circuits in this process (which filter by scope).
/// </summary>
public sealed class CitizenFeed(IHubContext<MonitoringHub> hub)
{
    public event Action<CitizenAlertView>? AlertChanged;

    public event Action<CitizenReportView>? ReportChanged;

    public async Task AlertAsync(CitizenAlertView alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        AlertChanged?.Invoke(alert);
        await hub.Clients.Groups(Centre(alert.JurisdictionId)).SendAsync("citizenAlert", alert, cancellationToken);
    }

    public async Task ReportAsync(CitizenReportView report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ReportChanged?.Invoke(report);
        await hub.Clients.Groups(Centre(report.JurisdictionId)).SendAsync("citizenReport", report, cancellationToken);
    }

    private static string[] Centre(Guid jurisdictionId) => [LiveGroups.VictimPositions(jurisdictionId), LiveGroups.VictimPositions(null)];
}
