using Amparo.Domain.Cases;

namespace Amparo.Server.CourtOrders;

/// <summary>
/// A later decision of the court on the case: an extension (new last day), a variation (perimeter, last day), a
/// suspension for the aggressor's preventive prison, his reincorporation after release, or the cessation by the
/// victim's will.
/// </summary>
public sealed record CourtOrderRequest(
    JudicialOrderKind Kind, string Court, string Judge, string? FileNumber, DateOnly IssuedOn,
    DateOnly? EndsOn, double? PerimeterMetres, DateOnly? ReleasedOn, string? Note);
