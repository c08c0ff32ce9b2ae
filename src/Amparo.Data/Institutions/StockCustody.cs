namespace Amparo.Data.Institutions;

/// <summary>
/// Who may keep devices in stock: a municipal gender area of a municipality adhered to the programme (it keeps the
/// territory's stock), the police (custody after a removal act) and the monitoring centre (its technicians' bench).
/// </summary>
public static class StockCustody
{
    /// <returns>Null when the institution may hold devices, else the Spanish reason it may not.</returns>
    public static string? Refusal(Institution institution)
    {
        ArgumentNullException.ThrowIfNull(institution);
        return institution.Kind switch
        {
            InstitutionKind.Police or InstitutionKind.MonitoringCentre => null,
            InstitutionKind.MunicipalGenderArea when institution.Adherent => null,
            InstitutionKind.MunicipalGenderArea =>
                $"«{institution.Name}» es de un municipio no adherido al programa: no puede tener dispositivos en custodia.",
            _ => $"«{institution.Name}» no custodia dispositivos: los tienen las áreas de género de municipios adheridos, la policía y el centro de monitoreo.",
        };
    }
}
