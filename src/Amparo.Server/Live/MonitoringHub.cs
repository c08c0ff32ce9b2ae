using Amparo.Data.Alarms;
using Amparo.Data.Identity;
using Amparo.Server.Audit;
using Amparo.Server.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Amparo.Server.Live;

/// <summary>
/// Pushes <c>alarm</c> (an <see cref="AlarmView"/>) and <c>position</c> (a <see cref="Monitoring.Feed.PositionNotice"/>)
/// to each user for the cases of her jurisdictions; victims' positions only to roles that may see them.
/// Supervisors also get <c>escalation</c> for alarms nobody claimed in time, and everyone <c>policeUnit</c>
/// (a <see cref="PoliceUnitNotice"/>) when the police's AVL feed reports a unit of her jurisdictions.
/// A client that (re)connects calls <see cref="OpenAlarms"/>, so a dropped socket never hides an alarm.
/// </summary>
[Authorize(Policy = AmparoPolicies.User)]
public sealed class MonitoringHub(UserScopeResolver scopes, AlarmQueries alarms, VictimLocationAudit audit) : Hub
{
    public const string Path = "/hubs/monitoring";

    public override async Task OnConnectedAsync()
    {
        var scope = await scopes.ResolveAsync(Context.User!, Context.ConnectionAborted);
        var jurisdictions = scope.Jurisdictions?.Cast<Guid?>().ToList() ?? [null];
        foreach (var jurisdiction in jurisdictions)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Cases(jurisdiction), Context.ConnectionAborted);
            await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Alarms(jurisdiction, scope.SeesVictimLocation), Context.ConnectionAborted);
            if (scope.SeesVictimLocation)
            {
                await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.VictimPositions(jurisdiction), Context.ConnectionAborted);
            }

            if (Context.User!.IsInRole(AmparoRoles.Supervisor) || Context.User.IsInRole(AmparoRoles.Administrador))
            {
                await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Supervisors(jurisdiction), Context.ConnectionAborted);
            }
        }

        if (scope.SeesVictimLocation)
        {
            await audit.RecordSubscriptionAsync(scope, "hub", Context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString(), Context.ConnectionAborted);
        }

        await base.OnConnectedAsync();
    }

    /// <summary>The open alarms of the caller's cases, most urgent first.</summary>
    [Authorize(Policy = AmparoPolicies.Access)]
    public async Task<IReadOnlyList<AlarmView>> OpenAlarms()
    {
        var scope = await scopes.ResolveAsync(Context.User!, Context.ConnectionAborted);
        var open = await alarms.ListAsync(openOnly: true, scope.Jurisdictions, caseId: null, Context.ConnectionAborted);
        return open.Select(a => a.For(scope.SeesVictimLocation)).ToList();
    }
}
