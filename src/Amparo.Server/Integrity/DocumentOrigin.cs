namespace Amparo.Server.Integrity;

/// <summary>Whether a file is a document Amparo issued.</summary>
public enum DocumentOrigin
{
    /// <summary>Byte for byte the file issued (its SHA-256 is the one kept).</summary>
    Issued,

    /// <summary>It names a document Amparo issued, but its bytes differ from it: it was altered.</summary>
    Altered,

    /// <summary>Amparo issued no such document.</summary>
    Unknown,
}
