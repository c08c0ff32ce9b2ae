using Microsoft.Playwright;

namespace Amparo.EndToEnd.Support;

/// <summary>What a finger does on the phone's screen that a click does not: pressing and holding a button.</summary>
public static class PhoneGestures
{
    /// <summary>
    /// Presses the button for <paramref name="hold"/>. The screen may be drawn again (her profile refreshed) between
    /// finding the button and measuring it: it waits until the button stands on the page, and measures it again if it
    /// was replaced meanwhile.
    /// </summary>
    public static async Task HoldAsync(IPage phone, string testId, TimeSpan hold)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var button = phone.Locator($"[data-testid={testId}]");
        LocatorBoundingBoxResult? box = null;
        for (var attempt = 0; box is null && attempt < 20; attempt++)
        {
            await button.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
            box = await button.BoundingBoxAsync();
        }

        Assert.NotNull(box);
        await phone.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await phone.Mouse.DownAsync();
        await Task.Delay(hold);
        await phone.Mouse.UpAsync();
    }
}
