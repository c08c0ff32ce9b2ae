using Amparo.Data.Alarms;
using Amparo.Data.Database;
using Amparo.Domain.Dispatch;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Dispatch;

/// <summary>
/// Writes police requests and moves them through their statuses; every change leaves a status record and a Police
/// action on the alarm (Result the status, Target the identifier) in the same transaction.
/// </summary>
public sealed class DispatchStore(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    private const int Attempts = 3;

    public async Task AddAsync(DispatchRequest request, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = contexts.CreateDbContext();
        request.Changes.Add(new DispatchStatusChange { Status = request.Status, At = request.CreatedAt, Source = DispatchMove.OperatorSource, By = request.CreatedBy, Note = note });
        db.DispatchRequests.Add(request);
        db.AlarmActions.Add(PoliceAction(request, request.CreatedBy, request.CreatedAt, note));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<(DispatchMoveResult Result, DispatchRequest? Request)> MoveAsync(Guid requestId, DispatchMove move, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(move);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = contexts.CreateDbContext();
            var request = await db.DispatchRequests.FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
            if (request is null)
            {
                return (DispatchMoveResult.NotFound, null);
            }

            if (request.Status == move.To && move.To != DispatchStatus.SendFailed)
            {
                return (DispatchMoveResult.AlreadyThere, request);
            }

            if (!DispatchTransitions.CanMove(request.Status, move.To))
            {
                return (DispatchMoveResult.NotAllowed, request);
            }

            Apply(db, request, move, time.GetUtcNow().UtcDateTime);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (DispatchMoveResult.Done, request);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // An operator and the 911 centre changed it at once: read it again and decide again.
            }
            catch (DbUpdateConcurrencyException)
            {
                return (DispatchMoveResult.ChangedMeanwhile, null);
            }
        }
    }

    private static void Apply(AmparoDbContext db, DispatchRequest request, DispatchMove move, DateTime now)
    {
        request.Status = move.To;
        request.UpdatedAt = now;
        request.Version++;
        request.ExternalReference = move.ExternalReference ?? request.ExternalReference;
        if (move.To == DispatchStatus.Sent)
        {
            request.SentAt = now;
            request.SentTo = move.SentTo;
        }

        db.DispatchStatusChanges.Add(new DispatchStatusChange { RequestId = request.Id, Status = move.To, At = now, Source = move.Source, By = move.By, Note = move.Note });
        db.AlarmActions.Add(PoliceAction(request, move.By, now, move.Note));
    }

    private static AlarmAction PoliceAction(DispatchRequest request, string by, DateTime at, string? note) => new()
    {
        AlarmId = request.AlarmId, Kind = AlarmActionKind.Police, At = at, UserName = by, Note = note,
        Result = request.Status.ToString(), Target = request.Identifier,
    };
}
