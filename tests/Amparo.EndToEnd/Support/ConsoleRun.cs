using Microsoft.Playwright;

namespace Amparo.EndToEnd.Support;

/// <summary>
/// A demo server and Debian's Chromium for one browser test, with every console error of the pages it opens
/// collected in <see cref="Errors"/> (a test ends by asserting there are none).
/// </summary>
public sealed class ConsoleRun : IAsyncDisposable
{
    public static readonly ViewportSize Screen = new() { Width = 1400, Height = 900 };

    private readonly IPlaywright _playwright;

    private ConsoleRun(ServerProcess server, IPlaywright playwright, IBrowser browser)
    {
        Server = server;
        _playwright = playwright;
        Browser = browser;
    }

    public ServerProcess Server { get; }

    public IBrowser Browser { get; }

    public List<string> Errors { get; } = [];

    /// <param name="serverArguments">More settings for the demo server (e.g. its simulator off).</param>
    public static async Task<ConsoleRun> StartAsync(params string[] serverArguments)
    {
        var server = await ServerProcess.StartAsync(serverArguments);
        var playwright = await Playwright.CreateAsync();
        return new ConsoleRun(server, playwright, await Support.Browser.LaunchAsync(playwright));
    }

    /// <summary>A page of its own browser context (its own cookies), signed in as <paramref name="userName"/>.</summary>
    public async Task<IPage> SignInAsync(string userName, bool acceptDownloads = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Screen, AcceptDownloads = acceptDownloads });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Add(message.Text);
            }
        };
        await Support.Browser.SignInAsync(page, Server.BaseAddress, userName, ServerProcess.Password);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Server.DisposeAsync();
    }
}
