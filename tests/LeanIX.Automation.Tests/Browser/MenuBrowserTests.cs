using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LeanIX.Automation.Tests.Browser;

/// <summary>
/// The menu in headless Chromium, as an admin uses it: log in, add and enable an automation, start an initial sync over
/// the demo workspace, watch its log lines arrive, and save the screenshot the README shows.
/// </summary>
public sealed class MenuBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly MenuHost _host = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        // The host (with its demo workspace) and the browser start side by side.
        var host = Task.Run(() => _host.BaseAddress);
        (_playwright, _browser) = await HeadlessChromium.LaunchAsync();
        Phase("chromium launched");
        await host;
        Phase("host started");
    }

    private void Phase(string what) => output.WriteLine($"{_clock.Elapsed.TotalSeconds,6:F1} s  {what}");

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task An_admin_logs_in_enables_a_handler_starts_an_initial_sync_and_watches_its_live_log()
    {
        await using var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 1000 }
        });
        context.SetDefaultTimeout(30_000); // generous for a loaded CI machine; the whole test takes ~20 s
        var page = await context.NewPageAsync();
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        page.Dialog += (_, dialog) => scriptErrors.Add("dialog: " + dialog.Message); // an alert would mean injected markup ran

        // The dashboard sends a visitor to the login form first.
        await page.GotoAsync("/");
        Assert.EndsWith("/login?ReturnUrl=%2F", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#UserName", MenuHost.AdminUser);
        await page.FillAsync("#Password", _host.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(_host.BaseAddress.ToString());

        Phase("logged in");

        // Add an automation of the census handler; it starts disabled.
        var handlerRow = page.Locator($"#handlers tr[data-handler='{LiveLogProbeHandler.HandlerName}']");
        await handlerRow.Locator("input[name=name]").FillAsync("Workspace census");
        await handlerRow.Locator("button").ClickAsync();
        await page.WaitForSelectorAsync("#automation-name:has-text('Workspace census')");
        Assert.Equal("disabled", await page.TextContentAsync("#enabled-state"));

        await page.ClickAsync("#toggle-enabled");
        await page.WaitForSelectorAsync("#enabled-state:text-is('enabled')");

        // Configure it through the JSON editor: a wrong key is named, a fitting configuration is saved.
        await page.FillAsync("#configuration", """{ "fs_types": ["Application"], "fs_typ": [] }""");
        await page.ClickAsync("button:text-is('Save configuration')");
        Assert.Contains("fs_typ", await page.TextContentAsync("#configuration-error"));
        await page.FillAsync("#configuration", """{ "fs_types": ["Application", "ITComponent"] }""");
        await page.ClickAsync("button:text-is('Save configuration')");
        await page.WaitForSelectorAsync("#configuration-saved");

        Phase("enabled and configured");

        // Start the initial sync over the demo workspace and watch the live log.
        await page.ClickAsync("#start-sync");
        var lines = page.Locator("#live-log li");
        await lines.Filter(new LocatorFilterOptions { HasText = "Counted" }).First.WaitForAsync();
        Phase("first live log line");
        await page.WaitForSelectorAsync("#live-log[data-ended=true]");
        Phase("sync ended");
        Assert.Equal("Completed", await page.TextContentAsync("[data-sync=state]"));
        // Every fact sheet of the configured types has its line, and only those.
        var counted = await lines.Filter(new LocatorFilterOptions { HasText = "Counted" }).AllTextContentsAsync();
        var total = int.Parse((await page.TextContentAsync("[data-sync=total]"))!, CultureInfo.InvariantCulture);
        Assert.True(total >= 10, $"only {total} fact sheets in the demo workspace's applications and IT components");
        Assert.Equal(total, counted.Count);
        Assert.All(counted, line => Assert.Matches("Counted (Application|ITComponent) ", line));
        Assert.Equal(total.ToString(CultureInfo.InvariantCulture), (await page.TextContentAsync("[data-sync=processed]"))!.Trim());

        // The line with markup is text, not an element, and no script ran from it.
        Assert.Contains(LiveLogProbeHandler.Markup, await lines.Filter(new LocatorFilterOptions { HasText = "Markup in a log line" }).First.TextContentAsync());
        Assert.Equal(0, await page.Locator("#live-log img").CountAsync());
        Assert.Empty(scriptErrors);

        // The screenshot goes to the test's output folder; the tracked README image changes only on request,
        // so an ordinary test run leaves the working tree clean.
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "automation-menu.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        output.WriteLine($"Screenshot: {screenshot}");
        if (Environment.GetEnvironmentVariable("LEANIX_UPDATE_SCREENSHOTS") == "1")
        {
            var documented = Path.Combine(HeadlessChromium.RepositoryRoot(), "docs", "images", "automation-menu.png");
            File.Copy(screenshot, documented, overwrite: true);
            output.WriteLine($"Updated {documented}");
        }

        // The dashboard lists the automation, enabled.
        await page.ClickAsync("header a:text-is('Dashboard')");
        var row = page.Locator("#automations tr", new PageLocatorOptions { HasText = "Workspace census" });
        Assert.Equal("enabled", (await row.Locator(".badge").TextContentAsync())!.Trim());
    }
}
