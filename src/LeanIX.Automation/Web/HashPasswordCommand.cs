using System.Text;
using Microsoft.AspNetCore.Identity;

namespace LeanIX.Automation.Web;

/// <summary>
/// <c>dotnet run --project src/LeanIX.Automation -- hash-password</c>: reads a password from standard input (without echo
/// at a terminal) and prints its ASP.NET Core Identity hash for <c>Automation:Admin:PasswordHash</c>. The password is
/// never printed.
/// </summary>
public static class HashPasswordCommand
{
    /// <summary>The command's name, the host's first argument.</summary>
    public const string Name = "hash-password";

    /// <summary>Runs the command when <paramref name="args"/> asks for it; answers whether it did (then the host does not start).</summary>
    public static bool TryRun(string[] args, TextReader input, TextWriter output, TextWriter prompt, bool interactive)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(prompt);
        if (args.Length == 0 || args[0] != Name) return false;
        string? password;
        if (interactive)
        {
            prompt.Write("Admin password: ");
            password = ReadWithoutEcho();
            prompt.WriteLine();
        }
        else
        {
            password = input.ReadLine();
        }
        if (string.IsNullOrEmpty(password))
        {
            prompt.WriteLine("No password read; nothing hashed.");
            Environment.ExitCode = 2;
            return true;
        }
        output.WriteLine(Hash(password));
        return true;
    }

    /// <summary>The Identity v3 hash of <paramref name="password"/> (PBKDF2, random salt).</summary>
    public static string Hash(string password) => new PasswordHasher<MenuAdmin>().HashPassword(new MenuAdmin(""), password);

    private static string ReadWithoutEcho()
    {
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) return text.ToString();
            if (key.Key == ConsoleKey.Backspace) { if (text.Length > 0) text.Length--; }
            else if (!char.IsControl(key.KeyChar)) text.Append(key.KeyChar);
        }
    }
}
