using Amparo.Data.Documents;
using Amparo.Server.FieldDevices.Acts;
using Microsoft.AspNetCore.Components.Forms;

namespace Amparo.Server.Console.Components.Record.Acts;

/// <summary>An image chosen in the browser read whole, as the acts take it: base64 with its name (the service checks its kind).</summary>
public static class ImageUpload
{
    /// <returns>Null when the file is larger than the services take.</returns>
    public static async Task<FileRequest?> ReadAsync(IBrowserFile file, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Size > FileUpload.MaxBytes)
        {
            return null;
        }

        await using var stream = file.OpenReadStream(FileUpload.MaxBytes);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory);
        return new FileRequest(file.Name, Convert.ToBase64String(memory.ToArray()), caption);
    }
}
