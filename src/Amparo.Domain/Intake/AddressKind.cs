namespace Amparo.Domain.Intake;

/// <summary>What a party's address is: a fixed zone is drawn around the victim's protected ones.</summary>
public enum AddressKind
{
    Home,
    Work,
    Study,
    Other,
}
