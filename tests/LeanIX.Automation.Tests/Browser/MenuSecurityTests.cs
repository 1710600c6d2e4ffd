using System.Net;
using System.Text.Encodings.Web;
using LeanIX.Automation.Automations;
using LeanIX.Automation.Runs;
using Microsoft.Extensions.Logging;

namespace LeanIX.Automation.Tests.Browser;

/// <summary>The menu over real HTTP: login, antiforgery, configuration validation, encoding.</summary>
public sealed class MenuSecurityTests : IAsyncLifetime
{
    private readonly MenuHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("")]
    [InlineData("dead-letters")]
    [InlineData("automations/anything")]
    public async Task Every_page_sends_a_visitor_without_login_to_the_login_form(string path)
    {
        using var client = _host.NewClient();
        using var response = await client.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location!.AbsolutePath);
        Assert.Equal("?ReturnUrl=" + Uri.EscapeDataString("/" + path), response.Headers.Location.Query);
    }

    [Fact]
    public async Task The_live_log_answers_401_without_login()
    {
        using var client = _host.NewClient();
        using var response = await client.Http.GetAsync("automations/x/sync/log");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_the_right_one_sets_an_HttpOnly_SameSite_Strict_cookie()
    {
        using var client = _host.NewClient();
        using (var wrong = await client.LogInAsync(MenuHost.AdminUser, "not-the-password"))
        {
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("Wrong user or password.", await wrong.Content.ReadAsStringAsync());
            Assert.DoesNotContain(wrong.Headers.TryGetValues("Set-Cookie", out var c) ? c : [], v => v.StartsWith("LeanIX.Automation.Menu=", StringComparison.Ordinal));
        }
        using (var wrongUser = await client.LogInAsync("root", _host.AdminPassword))
            Assert.Contains("Wrong user or password.", await wrongUser.Content.ReadAsStringAsync());

        using var right = await client.LogInAsync(MenuHost.AdminUser, _host.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/", right.Headers.Location!.OriginalString);
        var cookie = Assert.Single(right.Headers.GetValues("Set-Cookie"), v => v.StartsWith("LeanIX.Automation.Menu=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        using var dashboard = await client.Http.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        var csp = string.Join(' ', dashboard.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'nonce-", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
    }

    [Fact]
    public async Task The_login_follows_only_a_local_return_address()
    {
        using var client = _host.NewClient();
        using var response = await client.PostFormAsync("login", "login?ReturnUrl=https%3A%2F%2Fevil.example%2F",
            [new("UserName", MenuHost.AdminUser), new("Password", _host.AdminPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_rejected_and_changes_nothing()
    {
        var store = _host.Services.GetRequiredService<IAutomationStore>();
        var automation = await store.SaveAsync(new AutomationDefinition { HandlerName = LiveLogProbeHandler.HandlerName, ConfigurationJson = """{"fs_types":[]}""" });
        using var client = _host.NewClient();

        using (var login = await client.Http.PostAsync("login", new FormUrlEncodedContent([new("UserName", MenuHost.AdminUser), new("Password", _host.AdminPassword)])))
            Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);

        await client.LogInAsync(MenuHost.AdminUser, _host.AdminPassword);
        using (var enable = await client.Http.PostAsync($"automations/{automation.Id}?handler=Enable", new FormUrlEncodedContent([])))
            Assert.Equal(HttpStatusCode.BadRequest, enable.StatusCode);
        using (var forged = await client.Http.PostAsync($"automations/{automation.Id}?handler=Enable", new FormUrlEncodedContent([new("__RequestVerificationToken", "forged")])))
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.False((await store.GetAsync(automation.Id!))!.Enabled);

        using var withToken = await client.PostFormAsync($"automations/{automation.Id}", $"automations/{automation.Id}?handler=Enable", []);
        Assert.Equal(HttpStatusCode.Redirect, withToken.StatusCode);
        Assert.True((await store.GetAsync(automation.Id!))!.Enabled);
    }

    [Fact]
    public async Task A_configuration_that_does_not_fit_the_template_is_refused_with_a_message_naming_the_key()
    {
        var store = _host.Services.GetRequiredService<IAutomationStore>();
        var automation = await store.SaveAsync(new AutomationDefinition { HandlerName = LiveLogProbeHandler.HandlerName, ConfigurationJson = """{"fs_types":["Application"]}""" });
        using var client = _host.NewClient();
        await client.LogInAsync(MenuHost.AdminUser, _host.AdminPassword);
        var page = $"automations/{automation.Id}";

        const string wrong = """{"fs_types":["ITComponent"],"recipient_colour":"red"}""";
        using var refused = await client.PostFormAsync(page, page + "?handler=Configure", [new("configurationJson", wrong)]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        var error = ElementText(html, "id=\"configuration-error\"");
        Assert.Contains("recipient_colour", error);
        Assert.Contains(WebUtility.HtmlEncode(wrong), html); // the editor keeps what was typed
        Assert.Equal("""{"fs_types":["Application"]}""", (await store.GetAsync(automation.Id!))!.ConfigurationJson);

        using var accepted = await client.PostFormAsync(page, page + "?handler=Configure", [new("configurationJson", """{"fs_types":["ITComponent"]}""")]);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(["ITComponent"], (await store.GetAsync(automation.Id!))!.FactSheetTypes);
    }

    [Fact]
    public async Task A_malicious_automation_name_and_log_line_are_shown_as_text()
    {
        const string name = "<script>alert('name')</script>";
        const string line = "<img src=x onerror=alert('line')>";
        var automation = await _host.Services.GetRequiredService<IAutomationStore>()
            .SaveAsync(new AutomationDefinition { Name = name, HandlerName = LiveLogProbeHandler.HandlerName, ConfigurationJson = """{"fs_types":[]}""" });
        var now = DateTimeOffset.UtcNow;
        await _host.Services.GetRequiredService<IRunHistory>().RecordAsync(new AutomationRun(Guid.NewGuid().ToString("N"), automation.Id!, name, null,
            "FactSheetUpdatedEvent", Guid.NewGuid(), "event", RunStatus.Failed, now, now, "</td><b>error</b>", [new LogLine(now, LogLevel.Warning, line)]));
        using var client = _host.NewClient();
        await client.LogInAsync(MenuHost.AdminUser, _host.AdminPassword);

        foreach (var path in new[] { "", $"automations/{automation.Id}" })
        {
            var html = await client.Http.GetStringAsync(path);
            Assert.Contains(HtmlEncoder.Default.Encode(name), html);
            Assert.Contains(HtmlEncoder.Default.Encode(line), html);
            Assert.Contains(HtmlEncoder.Default.Encode("</td><b>error</b>"), html);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<b>error</b>", html);
        }
    }

    private static string ElementText(string html, string marker)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"No element with {marker} on the page.");
        start = html.IndexOf('>', start) + 1;
        return WebUtility.HtmlDecode(html[start..html.IndexOf('<', start)]);
    }
}
