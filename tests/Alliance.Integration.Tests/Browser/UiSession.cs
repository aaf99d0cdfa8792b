using Alliance.Integration.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Alliance.Integration.Tests.Browser;

/// <summary>
/// One user's browser tab on the gateway. With ALLIANCE_SCREENSHOTS=1 every page it visits is saved as a
/// screenshot under test-artifacts/screenshots. They are off by default: a full-page capture waits for the
/// renderer, which a loaded machine can starve for longer than any step's timeout, and no test asserts on one.
/// </summary>
public sealed class UiSession : IAsyncDisposable
{
    private static readonly bool SavesScreenshots = Environment.GetEnvironmentVariable("ALLIANCE_SCREENSHOTS") == "1";
    private static readonly string ScreenshotRoot = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "test-artifacts", "screenshots"));
    private readonly IBrowserContext _context;
    private readonly string _name;
    private int _shots;

    private UiSession(IBrowserContext context, IPage page, string name)
    {
        _context = context;
        Page = Watched(page);
        _name = name;
    }

    public IPage Page { get; private set; }

    public static async Task<UiSession> OpenAsync(BrowserFixture browser, SystemFixture system, string name)
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = system.Gateway.BaseAddress!.ToString(), Locale = "en-US" });
        context.SetDefaultTimeout(20_000);
        return new UiSession(context, await context.NewPageAsync(), name);
    }

    /// <summary>Closes the tab and opens a new one in the same browser (same cookies and local storage), on the home page.</summary>
    public async Task ReopenTabAsync()
    {
        await Page.CloseAsync();
        Page = Watched(await _context.NewPageAsync());
    }

    public async Task GoAsync(string path)
    {
        await Page.GotoAsync(path);
        await ShotAsync(path.Trim('/').Replace('/', '-'));
    }

    public async Task ShotAsync(string step)
    {
        if (!SavesScreenshots)
        {
            return;
        }

        Directory.CreateDirectory(ScreenshotRoot);
        var file = $"{_name}-{++_shots:00}-{(step.Length == 0 ? "home" : step)}.png";
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotRoot, string.Concat(file.Split(Path.GetInvalidFileNameChars()))), FullPage = true });
    }

    public async Task SignInAsync(string userName, string password, string? code = null)
    {
        await GoAsync("/account/sign-in");
        await Page.FillAsync("#userName", userName);
        await Page.FillAsync("#password", password);
        if (code is not null)
        {
            await Page.FillAsync("#oneTimeCode", code);
        }

        await Page.ClickAsync("#sign-in-submit");
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await ShotAsync("after-sign-in");
    }

    /// <summary>Enrols an authenticator, as officers and centre staff must before any other page.</summary>
    public async Task EnrolSecondFactorAsync()
    {
        await GoAsync("/account/two-factor");
        await Page.ClickAsync("#create-key");
        var key = await Page.Locator("#shared-key").InnerTextAsync();
        await Page.FillAsync("#code", TestTotp.CodeNow(key));
        await Page.ClickAsync("#enable-two-factor");
        await Assertions.Expect(Page.Locator("#two-factor-enabled")).ToBeVisibleAsync();
    }

    /// <summary>
    /// The tab's script errors go to the test's output, shown when it fails: a page whose connection ended on an
    /// error looks, from outside, only like one that stopped changing.
    /// </summary>
    private IPage Watched(IPage page)
    {
        // The events come on the driver's thread, outside the test's context: the test's output is taken now.
        var output = TestContext.Current.TestOutputHelper;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Write(output, $"[{_name}] console: {message.Text}");
            }
        };
        page.PageError += (_, error) => Write(output, $"[{_name}] page error: {error}");
        return page;
    }

    private static void Write(ITestOutputHelper? output, string line)
    {
        try
        {
            output?.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // The test has ended; what the tab says while it closes belongs to no test.
        }
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
