using Amparo.Data.Audit;
using Amparo.Domain.Registries;
using Amparo.Domain.ViolenceMap;
using Amparo.Server.Auth;

namespace Amparo.Server.ViolenceMap;

/// <summary>The violence map of a period: its events read, gridded with the threshold, and the read audited. For the API and the console alike.</summary>
public sealed class ViolenceMapService(ViolenceMapReader reader, AuditLog audit)
{
    public const int MinimumSources = 3;

    public const int SmallestCell = 250;

    public const int LargestCell = 5000;

    public async Task<MapGridResult> BuildAsync(UserScope scope, RegistryPeriod period, int cellMetres, IReadOnlySet<string> kinds, string? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentOutOfRangeException.ThrowIfLessThan(cellMetres, SmallestCell);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cellMetres, LargestCell);
        var events = await reader.ReadAsync(scope, period.Start, period.End, kinds, cancellationToken);
        await audit.RecordAsync(new AuditEntry(scope.UserName, AuditActions.ViolenceMapRead, "violence-map", null, null, remoteAddress,
            $"from={RegistryCells.Text(period.From)} to={RegistryCells.Text(period.To)} cell={cellMetres} kinds={string.Join(',', kinds.Order(StringComparer.Ordinal))}"), cancellationToken);
        return MapGrid.Aggregate(events, cellMetres, MinimumSources);
    }
}
