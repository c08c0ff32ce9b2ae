namespace Amparo.Domain.Registries;

/// <summary>A duty in the user's words (Spanish by default).</summary>
public static class RegistrationDutyText
{
    public static string Spanish(RegistrationDuty duty) => duty switch
    {
        RegistrationDuty.VictimIdentified => "Registrar el documento de identidad de la víctima.",
        RegistrationDuty.DependantsIdentified => "Identificar y registrar a los dependientes de la víctima (o dejar constancia de que no tiene).",
        RegistrationDuty.DependantSupportNetwork => "Indicar quién conforma la red de soporte familiar de cada dependiente que la tiene.",
        RegistrationDuty.RiskAssessed => "Aplicar y registrar la Ficha de Valoración del Riesgo.",
        RegistrationDuty.MeasuresRegistered => "Registrar las medidas de protección con sus fechas.",
        _ => throw new ArgumentOutOfRangeException(nameof(duty), duty, null),
    };

    public static string English(RegistrationDuty duty) => duty switch
    {
        RegistrationDuty.VictimIdentified => "Register the victim's identity document.",
        RegistrationDuty.DependantsIdentified => "Identify and register the victim's dependants (or record that she has none).",
        RegistrationDuty.DependantSupportNetwork => "Name who makes up the support network of each dependant who has one.",
        RegistrationDuty.RiskAssessed => "Apply and register the risk assessment (FVR).",
        RegistrationDuty.MeasuresRegistered => "Register the protection measures with their dates.",
        _ => throw new ArgumentOutOfRangeException(nameof(duty), duty, null),
    };
}
