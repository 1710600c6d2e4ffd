using Microsoft.Playwright;

namespace LeanIX.Automation.Tests.Browser;

/// <summary>
/// Debian's chromium (installed by .ci/run) driven by Playwright's bundled node driver: nothing is downloaded, and the
/// browser gets no network beyond loopback (no QUIC, no background fetches, no component updates).
/// </summary>
internal static class HeadlessChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's chromium (`apt-get install -y chromium`, as .ci/run does).");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Timeout = 20_000,
                Args =
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync"
                ]
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>The repository's root (where LeanIX.slnx is), for the screenshot the README shows.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "LeanIX.slnx"))) return folder.FullName;
        throw new InvalidOperationException("LeanIX.slnx not found above " + AppContext.BaseDirectory);
    }
}
