using Amparo.Domain.Geo;

namespace Amparo.Domain.Intake;

/// <summary>An address as the activation check sees it: where it is once confirmed on the map, and its coverage.</summary>
public sealed record IntakeAddress(Guid Id, string Label, AddressKind Kind, GeoPoint? Point, bool Confirmed, bool Protected, Coverage Coverage);
