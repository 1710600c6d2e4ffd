using System.Net;
using System.Text.RegularExpressions;

namespace LeanIX.Automation.Tests.Browser;

/// <summary>An HTTP client of the menu with a cookie jar, no redirect following, and the form's antiforgery token at hand.</summary>
internal sealed partial class MenuClient : IDisposable
{
    private readonly HttpClientHandler _handler;

    public MenuClient(Uri baseAddress)
    {
        Cookies = new CookieContainer();
        _handler = new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false, UseCookies = true };
        Http = new HttpClient(_handler) { BaseAddress = baseAddress };
    }

    public HttpClient Http { get; }

    public CookieContainer Cookies { get; }

    /// <summary>The antiforgery token of the first form on the page at <paramref name="path"/>.</summary>
    public async Task<string> FormTokenAsync(string path)
    {
        var html = await Http.GetStringAsync(path);
        return TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    /// <summary>Posts a form with the antiforgery token of the page it belongs to.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pagePath, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await FormTokenAsync(pagePath);
        return await Http.PostAsync(action, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));
    }

    public async Task<HttpResponseMessage> LogInAsync(string user, string password) =>
        await PostFormAsync("login", "login", [new("UserName", user), new("Password", password)]);

    public void Dispose()
    {
        Http.Dispose();
        _handler.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
