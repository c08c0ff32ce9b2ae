using Amparo.Domain.Intake;
using Amparo.Domain.People;

namespace Amparo.Server.Console.Components.Intake;

/// <summary>A new address as typed into the intake page.</summary>
public sealed class AddressDraft
{
    public PartyRole Role { get; set; } = PartyRole.Victim;

    public AddressKind Kind { get; set; } = AddressKind.Home;

    public string Text { get; set; } = "";
}
