using Microsoft.Playwright;

namespace Amparo.EndToEnd.Support;

/// <summary>A cheap Android phone in the demo server's browser: small touch screen, Spanish, location granted where she is.</summary>
public static class PhoneRun
{
    public static async Task<IPage> OpenAppAsync(ConsoleRun run, double latitude, double longitude, string path = "app/")
    {
        ArgumentNullException.ThrowIfNull(run);
        var context = await run.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 393, Height = 851 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = "es-PE",
            Permissions = ["geolocation"],
            Geolocation = new Geolocation { Latitude = (float)latitude, Longitude = (float)longitude, Accuracy = 20 },
            ServiceWorkers = ServiceWorkerPolicy.Allow,
        });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                run.Errors.Add("app: " + message.Text);
            }
        };
        await page.GotoAsync(new Uri(run.Server.BaseAddress, path).ToString());
        return page;
    }
}
