namespace Amparo.Domain.Dispatch;

/// <summary>CAP's msgType as Amparo sends it: the first message of a request, a correction, or its withdrawal.</summary>
public enum CapMessageType
{
    Alert,
    Update,
    Cancel,
}
