namespace Amparo.Server.FieldDevices.Stock;

/// <summary>One line of the stock report: how many devices an institution keeps in each status.</summary>
public sealed record StockTotals(Guid? InstitutionId, string? Institution, int InStore, int Assigned, int Installed, int InRepair, int Lost, int Retired)
{
    public int Total => InStore + Assigned + Installed + InRepair + Lost + Retired;
}
