namespace Amparo.Domain.Citizens;

/// <summary>The app's two alert buttons (seed 003): a woman in danger, or a citizen who needs the police nearby.</summary>
public enum CitizenAlertKind
{
    Gender,
    Citizen,
}
