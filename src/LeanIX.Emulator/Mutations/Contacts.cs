using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Mutations;

/// <summary>
/// D63 (amends D14): a person known only by e-mail becomes a workspace user with a CONTACT permission, ACTIVE
/// and without a login; subscribing an unknown e-mail and <c>POST /users</c> both make one.
/// </summary>
public static class Contacts
{
    /// <summary>Creates the contact, or returns null when <paramref name="email"/> is not an e-mail address.</summary>
    public static User? Create(WorkspaceTransaction tx, string email, string? firstName, string? lastName, string role = "CONTACT", string status = "ACTIVE")
    {
        if (!IsEmail(email)) return null;
        var user = new User
        {
            Id = Guid.NewGuid(),
            UserName = email,
            Email = email,
            FirstName = string.IsNullOrWhiteSpace(firstName) ? null : firstName.Trim(),
            LastName = string.IsNullOrWhiteSpace(lastName) ? null : lastName.Trim(),
            PermissionId = Guid.NewGuid(),
            PermissionRole = role,
            PermissionStatus = status
        };
        tx.Users.Add(user);
        return user;
    }

    /// <summary>One <c>@</c> with text on both sides and no blanks: enough to refuse a name typed into the e-mail field.</summary>
    public static bool IsEmail(string? text) =>
        text is { Length: > 2 } t && t.IndexOf('@') is var at && at > 0 && at < t.Length - 1 && t.IndexOf('@', at + 1) < 0 && !t.Any(char.IsWhiteSpace);
}
