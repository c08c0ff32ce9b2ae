namespace Amparo.Server.Pdf;

internal enum PdfAlign
{
    Left,
    Centre,
    Right,
}
