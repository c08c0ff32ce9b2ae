using Amparo.Domain.Registries;

namespace Amparo.Server.Registries;

/// <summary>A registration duty still unmet, with what to do in Spanish and in English.</summary>
public sealed record UnmetDutyView(RegistrationDuty Duty, string Text, string TextEn)
{
    public static UnmetDutyView From(RegistrationDuty duty) => new(duty, RegistrationDutyText.Spanish(duty), RegistrationDutyText.English(duty));
}
