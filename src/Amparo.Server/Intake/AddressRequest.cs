using Amparo.Domain.Intake;
using Amparo.Domain.People;

namespace Amparo.Server.Intake;

/// <summary>An address of a party as given; coordinates when already known (they still need confirming on the map).</summary>
public sealed record AddressRequest(PartyRole Role, AddressKind Kind, string Text, double? Latitude, double? Longitude, bool? Protected);
