using System.Globalization;
using PdfSharp.Pdf.IO;

namespace Amparo.Server.Integrity;

/// <summary>
/// What a document Amparo issues carries about its own integrity, printed on it and in its information dictionary:
/// its id, the hash of the records it was made from, and the integrity ledger's last link when it was issued.
/// </summary>
public sealed record DocumentStamp(Guid DocumentId, string RecordsHash, long AnchorIndex, string AnchorHash)
{
    private const string IdKey = "AmparoDocument";
    private const string RecordsKey = "AmparoRecords";
    private const string AnchorIndexKey = "AmparoLedgerIndex";
    private const string AnchorHashKey = "AmparoLedgerHash";

    internal void Apply(Pdf.PdfComposer pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        pdf.SetProperty(IdKey, DocumentId.ToString("D", CultureInfo.InvariantCulture));
        pdf.SetProperty(RecordsKey, RecordsHash);
        pdf.SetProperty(AnchorIndexKey, AnchorIndex.ToString(CultureInfo.InvariantCulture));
        pdf.SetProperty(AnchorHashKey, AnchorHash);
    }

    /// <summary>The stamp of a PDF; null when it is not a PDF or carries no stamp of Amparo's.</summary>
    public static DocumentStamp? Read(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        try
        {
            using var stream = new MemoryStream(pdf, writable: false);
            using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
            var info = document.Info.Elements;
            return Guid.TryParse(info.GetString("/" + IdKey), CultureInfo.InvariantCulture, out var id)
                && long.TryParse(info.GetString("/" + AnchorIndexKey), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    ? new DocumentStamp(id, info.GetString("/" + RecordsKey), index, info.GetString("/" + AnchorHashKey))
                    : null;
        }
        catch (Exception e) when (e is PdfReaderException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return null;
        }
    }
}
