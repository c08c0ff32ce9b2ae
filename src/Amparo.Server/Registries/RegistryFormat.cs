namespace Amparo.Server.Registries;

public enum RegistryFormat
{
    Csv,
    Xlsx,
}
