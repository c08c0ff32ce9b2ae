using Amparo.Domain.Citizens;

namespace Amparo.Server.Citizens;

/// <summary>The report catalogue and the areas reports are routed to.</summary>
public sealed record ReportCatalogueView(IReadOnlyList<ReportCategory> Categories, IReadOnlyList<MunicipalArea> Areas);
