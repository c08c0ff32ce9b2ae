using System.Buffers;

namespace Amparo.Ingest.Tcp;

/// <summary>One device connection's protocol state: how its stream splits into frames and what each frame says.</summary>
public interface ITcpDeviceSession
{
    FrameStatus TryReadFrame(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> frame, out string? error);

    TcpFrameOutcome Decode(ReadOnlySequence<byte> frame);

    /// <summary>The login was accepted: later frames belong to this device.</summary>
    void Identified(string uniqueId);
}
