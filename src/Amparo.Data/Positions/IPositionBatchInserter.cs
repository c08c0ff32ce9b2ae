namespace Amparo.Data.Positions;

/// <summary>Writes one batch of positions in one transaction, ignoring rows already stored.</summary>
public interface IPositionBatchInserter : IAsyncDisposable
{
    Task InsertAsync(IReadOnlyList<Position> batch, CancellationToken cancellationToken);
}
