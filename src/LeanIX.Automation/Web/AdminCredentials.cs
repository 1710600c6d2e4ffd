using System.Security.Cryptography;
using System.Text;
using LeanIX.Automation.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LeanIX.Automation.Web;

/// <summary>
/// Checks the menu login against <c>Automation:Admin</c>. Without a configured hash and against the embedded demo
/// workspace it makes a one-time password for this run, keeps only its hash and writes the password to a file only its
/// owner can read, printing the file's path (<see cref="AnnounceDemoPassword"/>): a password is never printed or logged,
/// nothing leaks from the environment or the repo, and the password is worthless once the host stops. Against a real workspace without a hash every login is refused.
/// </summary>
public sealed partial class AdminCredentials
{
    // Verified when the user name is wrong too, so a wrong name costs as long as a wrong password.
    private static readonly string DecoyHash = new PasswordHasher<MenuAdmin>().HashPassword(new MenuAdmin(""), Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)));

    private readonly PasswordHasher<MenuAdmin> _hasher = new();
    private readonly string _user;
    private readonly string? _hash;
    private readonly ILogger<AdminCredentials> _logger;
    private string? _demoPassword;

    /// <summary>Reads the admin from config; makes the demo's one-time password when there is no hash and no workspace credential.</summary>
    public AdminCredentials(IOptions<MenuAdminOptions> options, IOptions<AutomationOptions> automation, ILogger<AdminCredentials> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(automation);
        _logger = logger;
        _user = string.IsNullOrWhiteSpace(options.Value.User) ? "admin" : options.Value.User.Trim();
        _hash = string.IsNullOrWhiteSpace(options.Value.PasswordHash) ? null : options.Value.PasswordHash.Trim();
        if (_hash is null && RunsAgainstDemoWorkspace(automation.Value.LeanIX))
        {
            _demoPassword = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
            _hash = _hasher.HashPassword(new MenuAdmin(_user), _demoPassword);
        }
    }

    /// <summary>The admin's user name (shown on the login page as a hint only for the demo).</summary>
    public string User => _user;

    /// <summary>Whether any login can succeed.</summary>
    public bool IsConfigured => _hash is not null;

    /// <summary>Whether this run uses a one-time demo password.</summary>
    public bool IsDemoPassword { get; private set; }

    /// <summary>Whether <paramref name="user"/> and <paramref name="password"/> are the admin's.</summary>
    public bool Verify(string? user, string? password)
    {
        var userMatches = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(user ?? ""), Encoding.UTF8.GetBytes(_user));
        var passwordMatches = _hasher.VerifyHashedPassword(new MenuAdmin(_user), _hash ?? DecoyHash, password ?? "") != PasswordVerificationResult.Failed;
        var ok = _hash is not null && userMatches && passwordMatches;
        if (!ok) LogRefused(_logger);
        return ok;
    }

    /// <summary>
    /// Writes the demo's one-time password to <paramref name="passwordFile"/> (owner read/write only) and prints where it
    /// is to <paramref name="console"/>, once per run (later calls do nothing). The password itself never reaches the
    /// console or an <see cref="ILogger"/>. Warns when no login can succeed.
    /// </summary>
    public void AnnounceDemoPassword(TextWriter console, string passwordFile)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordFile);
        var password = Interlocked.Exchange(ref _demoPassword, null);
        if (password is not null)
        {
            IsDemoPassword = true;
            WriteOwnerOnly(passwordFile, password);
            console.WriteLine($"Automation menu (demo workspace): log in as '{_user}' with the one-time password in {Path.GetFullPath(passwordFile)} (valid until this host stops).");
            console.Flush();
        }
        else if (_hash is null)
        {
            LogNoAdmin(_logger);
        }
    }

    private static void WriteOwnerOnly(string path, string secret)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        File.Delete(path); // a fresh file, so the mode below applies even if an older one was readable by others
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var writer = new StreamWriter(path, Encoding.UTF8, options);
        writer.WriteLine(secret);
    }

    /// <summary>
    /// Whether the host runs against the embedded demo workspace, decided as <see cref="WorkspaceConnection"/> decides:
    /// <c>Automation:LeanIX:Demo</c>, or no API token (config or <c>LEANIX_API_TOKEN</c>) and no named workspace.
    /// </summary>
    public static bool RunsAgainstDemoWorkspace(LeanIXOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Demo
            || (string.IsNullOrWhiteSpace(settings.ApiToken)
                && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("LEANIX_API_TOKEN"))
                && string.IsNullOrWhiteSpace(settings.Workspace));
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Automation menu: a login was refused.")]
    private static partial void LogRefused(ILogger logger);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning,
        Message = "Automation menu: no admin password is configured, so every login is refused. Set Automation:Admin:PasswordHash (make one with `dotnet run --project src/LeanIX.Automation -- hash-password`).")]
    private static partial void LogNoAdmin(ILogger logger);
}
