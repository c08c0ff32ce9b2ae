namespace Amparo.Server.FieldDevices.Files;

public enum FileAccessOutcome
{
    Granted,
    NotFound,
    Forbidden,
}
