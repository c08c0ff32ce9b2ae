namespace Amparo.Domain.Stock;

/// <summary>The acts signed in the field: acta de instalación, acta de desinstalación, and a swap (one of each at once).</summary>
public enum FieldActKind
{
    Installation,
    Removal,
    Swap,
}
