namespace Amparo.Domain.ViolenceMap;

/// <summary>The map: its cell size and threshold, the cells shown (hottest first), and how many cells and events were withheld.</summary>
public sealed record MapGridResult(double CellMetres, int MinimumSources, IReadOnlyList<MapCell> Cells, int WithheldCells, int WithheldEvents);
