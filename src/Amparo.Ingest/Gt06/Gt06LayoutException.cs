namespace Amparo.Ingest.Gt06;

/// <summary>A GT06 message is shorter than its layout, or holds a value its layout cannot hold (a month 13).</summary>
internal sealed class Gt06LayoutException : Exception
{
    public Gt06LayoutException()
        : base("The message does not fit its layout.")
    {
    }

    public Gt06LayoutException(string message)
        : base(message)
    {
    }

    public Gt06LayoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
