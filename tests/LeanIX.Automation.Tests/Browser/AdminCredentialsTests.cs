using LeanIX.Automation.Hosting;
using LeanIX.Automation.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LeanIX.Automation.Tests.Browser;

/// <summary>The menu's admin: the hash from config, the demo's one-time password, the hash-password command.</summary>
public sealed class AdminCredentialsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lx-admin-").FullName;

    private string PasswordFile => Path.Combine(_directory, "admin-password.txt");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static AdminCredentials Credentials(string? hash, LeanIXOptions workspace) => new(
        Options.Create(new MenuAdminOptions { User = "admin", PasswordHash = hash }),
        Options.Create(new AutomationOptions { LeanIX = workspace }),
        NullLogger<AdminCredentials>.Instance);

    [Fact]
    public void The_demo_workspace_gets_a_one_time_password_in_an_owner_only_file_that_logs_in()
    {
        var credentials = Credentials(null, new LeanIXOptions { Demo = true });
        var console = new StringWriter();
        credentials.AnnounceDemoPassword(console, PasswordFile);
        credentials.AnnounceDemoPassword(console, PasswordFile);

        var printed = console.ToString();
        Assert.Contains(Path.GetFullPath(PasswordFile), Assert.Single(printed.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        var password = File.ReadAllText(PasswordFile).Trim();
        Assert.True(password.Length >= 24);
        Assert.DoesNotContain(password, printed); // the password is never printed
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(PasswordFile));
        Assert.True(credentials.IsDemoPassword);
        Assert.True(credentials.Verify("admin", password));
        Assert.False(credentials.Verify("admin", password + "x"));
        Assert.False(credentials.Verify("Admin", password));

        var other = Credentials(null, new LeanIXOptions { Demo = true });
        var otherConsole = new StringWriter();
        other.AnnounceDemoPassword(otherConsole, PasswordFile);
        Assert.NotEqual(password, File.ReadAllText(PasswordFile).Trim()); // a new one per run
    }

    [Fact]
    public void A_real_workspace_without_a_hash_refuses_every_login_and_prints_no_password()
    {
        var credentials = Credentials(null, new LeanIXOptions { ApiToken = "a-token-from-user-secrets" });
        var console = new StringWriter();
        credentials.AnnounceDemoPassword(console, PasswordFile);
        Assert.Equal("", console.ToString());
        Assert.False(credentials.IsConfigured);
        Assert.False(credentials.Verify("admin", ""));
        Assert.False(credentials.Verify("admin", "admin"));
    }

    [Fact]
    public void A_configured_hash_wins_over_the_demo_password()
    {
        var credentials = Credentials(HashPasswordCommand.Hash("correct horse"), new LeanIXOptions { Demo = true });
        var console = new StringWriter();
        credentials.AnnounceDemoPassword(console, PasswordFile);
        Assert.Equal("", console.ToString());
        Assert.True(credentials.Verify("admin", "correct horse"));
        Assert.False(credentials.Verify("admin", "battery staple"));
    }

    [Fact]
    public void The_hash_password_command_reads_standard_input_and_prints_only_an_Identity_hash()
    {
        var output = new StringWriter();
        var prompt = new StringWriter();
        Assert.True(HashPasswordCommand.TryRun(["hash-password"], new StringReader("p4ss word\n"), output, prompt, interactive: false));

        var hash = output.ToString().Trim();
        Assert.DoesNotContain("p4ss", output + prompt.ToString());
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<MenuAdmin>().VerifyHashedPassword(new MenuAdmin("admin"), hash, "p4ss word"));
        Assert.False(HashPasswordCommand.TryRun(["--urls", "http://127.0.0.1:5090"], new StringReader(""), output, prompt, interactive: false));
    }
}
