namespace Amparo.Ingest.Tcp;

/// <summary>What a stream splitter found at the start of the buffer.</summary>
public enum FrameStatus
{
    NeedMoreData,
    Frame,
    Malformed,
}
