namespace Amparo.Data.Positions;

/// <summary>Stores positions; the returned task completes once the position is committed to disk.</summary>
public interface IPositionWriter
{
    Task WriteAsync(Position position, PositionUrgency urgency, CancellationToken cancellationToken);
}
