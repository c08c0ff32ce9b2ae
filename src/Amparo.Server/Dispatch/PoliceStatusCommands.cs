using Amparo.Data.Alarms;
using Amparo.Data.Audit;
using Amparo.Data.Dispatch;
using Amparo.Domain.Dispatch;
using Amparo.Monitoring.Feed;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Dispatch;

/// <summary>
/// Moves a police request: an operator's status, the 911 centre's callback, or the outcome of sending it. Each change
/// is audited and pushed to the consoles; a status the request already has is absorbed without a new record.
/// </summary>
public sealed class PoliceStatusCommands(
    DispatchStore store, DispatchQueries requests, AlarmQueries alarms, AuditLog audit, IMonitoringFeed feed,
    CapExport export, CapSender sender, IOptions<DispatchOptions> options)
{
    public async Task<DispatchResult> MoveAsync(Guid requestId, DispatchMove move, string? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(move);
        var (result, request) = await store.MoveAsync(requestId, move, cancellationToken);
        if (result == DispatchMoveResult.Done)
        {
            await audit.RecordAsync(new AuditEntry(move.By, DispatchAuditActions.StatusChanged, "police_request", requestId.ToString(), request!.CaseId, remoteAddress,
                $"{request.Identifier} → {move.To} ({move.Source}){(move.Note is null ? "" : ": " + move.Note)}"), cancellationToken);
            if (await alarms.FindAsync(request.AlarmId, cancellationToken) is { } alarm)
            {
                await feed.AlarmChangedAsync(alarm, cancellationToken);
            }
        }

        var view = result is DispatchMoveResult.NotFound ? null : await requests.FindAsync(requestId, cancellationToken);
        return result switch
        {
            DispatchMoveResult.Done => new DispatchResult(DispatchOutcome.Done, PoliceRequestView.From(view!)),
            DispatchMoveResult.AlreadyThere => new DispatchResult(DispatchOutcome.AlreadyThere, PoliceRequestView.From(view!)),
            DispatchMoveResult.NotFound => new DispatchResult(DispatchOutcome.NotFound, null),
            DispatchMoveResult.NotAllowed => new DispatchResult(DispatchOutcome.NotAllowed, PoliceRequestView.From(view!),
                $"A request in status {request!.Status} cannot move to {move.To}."),
            DispatchMoveResult.ChangedMeanwhile => new DispatchResult(DispatchOutcome.ChangedMeanwhile, null, "The request changed meanwhile; reload it."),
        };
    }

    /// <summary>POSTs the request's CAP alert to the configured endpoint: Sent when it answers 2xx, SendFailed with the reason otherwise.</summary>
    public async Task<DispatchResult> SendAsync(Guid requestId, string userName, string fileNumber, string alarmTypeCode, string? remoteAddress, CancellationToken cancellationToken)
    {
        if (options.Value.EndpointUri is not { } endpoint)
        {
            return new DispatchResult(DispatchOutcome.NoEndpoint, null, "No 911 endpoint is configured (Amparo:Dispatch:Endpoint): download the CAP file instead.");
        }

        var request = await requests.FindAsync(requestId, cancellationToken);
        if (request is null)
        {
            return new DispatchResult(DispatchOutcome.NotFound, null);
        }

        if (!DispatchTransitions.CanMove(request.Status, DispatchStatus.Sent))
        {
            return new DispatchResult(DispatchOutcome.NotAllowed, PoliceRequestView.From(request), $"A request in status {request.Status} cannot be sent.");
        }

        var xml = Domain.Dispatch.CapWriter.ToXml(export.Build(request, fileNumber, alarmTypeCode));
        var (accepted, reason) = await sender.SendAsync(endpoint, request.Identifier, xml, cancellationToken);
        var move = accepted
            ? new DispatchMove(DispatchStatus.Sent, DispatchMove.OperatorSource, userName, null) { SentTo = endpoint.ToString() }
            : new DispatchMove(DispatchStatus.SendFailed, DispatchMove.OperatorSource, userName, reason);
        return await MoveAsync(requestId, move, remoteAddress, cancellationToken);
    }
}
