using Amparo.Server.Live;
using Microsoft.AspNetCore.SignalR;

namespace Amparo.Server.Citizens;

/// <summary>
/// Pushes citizen alerts (<c>citizenAlert</c>) and reports (<c>citizenReport</c>) to the hub clients of their
/// jurisdiction and to the console's circuits in this process (which filter by their user's scope).
/// </summary>
public sealed class CitizenFeed(IHubContext<MonitoringHub> hub)
{
    public event Action<CitizenAlertView>? AlertChanged;

    public event Action<CitizenReportView>? ReportChanged;

    public async Task AlertAsync(CitizenAlertView alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        AlertChanged?.Invoke(alert);
        await hub.Clients.Groups(LiveGroups.Cases(alert.JurisdictionId), LiveGroups.National).SendAsync("citizenAlert", alert, cancellationToken);
    }

    public async Task ReportAsync(CitizenReportView report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ReportChanged?.Invoke(report);
        await hub.Clients.Groups(LiveGroups.Cases(report.JurisdictionId), LiveGroups.National).SendAsync("citizenReport", report, cancellationToken);
    }
}
