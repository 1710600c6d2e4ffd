using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Seeds;

/// <summary>
/// The named people of the Acme workspace (D34). The mix is deliberate: admins, members and
/// viewers, logins older than six months, users who never logged in, an inactive user, an
/// invited user and technical users, so user-hygiene reports have something to find.
/// </summary>
public static class SeedUsers
{
    private sealed record Person(
        string Email, string First, string Last, string Permission, int? LastLoginDaysAgo,
        string Role = "ACCOUNTUSER", string Status = "ACTIVE", string PermissionStatus = "ACTIVE", bool Technical = false);

    private static readonly Person[] People =
    [
        new(DemoNames.JohnDoe, "John", "Doe", "ADMIN", 2, Role: "ACCOUNTADMIN"),
        new(DemoNames.JaneDoe, "Jane", "Doe", "MEMBER", 1),
        new("max.mustermann@example.com", "Max", "Mustermann", "MEMBER", 12),
        new("erika.musterfrau@example.com", "Erika", "Musterfrau", "MEMBER", 210),
        new("li.wei@example.com", "Li", "Wei", "MEMBER", 35),
        new("sophie.martin@example.com", "Sophie", "Martin", "VIEWER", null),
        new("carlos.garcia@example.com", "Carlos", "Garcia", "VIEWER", 400),
        new("priya.sharma@example.com", "Priya", "Sharma", "ADMIN", 5),
        new("oliver.smith@example.com", "Oliver", "Smith", "MEMBER", 60),
        new("anna.schmidt@example.com", "Anna", "Schmidt", "MEMBER", null, PermissionStatus: "INVITED"),
        new("tom.baker@example.com", "Tom", "Baker", "MEMBER", 540, Status: "INACTIVE", PermissionStatus: "ARCHIVED"),
        new("integration-bot@technical.example.com", "Integration", "Bot", "ADMIN", 0, Technical: true),
        new("reporting-bot@technical.example.com", "Reporting", "Bot", "VIEWER", 190, Technical: true)
    ];

    /// <summary>Emails of the people who can hold subscriptions (active, non-technical, logged in at least once).</summary>
    public static IReadOnlyList<string> Subscribers { get; } =
        People.Where(p => p is { Technical: false, Status: "ACTIVE", PermissionStatus: "ACTIVE" }).Select(p => p.Email).ToArray();

    public static Guid IdOf(string email) => Ids.FromName("user:" + email.ToLowerInvariant());

    /// <summary>Puts every named person into <paramref name="state"/>; login times are relative to <paramref name="now"/>.</summary>
    public static void Populate(WorkspaceState state, DateTimeOffset now)
    {
        foreach (var p in People)
            state.Users.Put(Create(p.Email, p.First, p.Last, p.Permission, p.LastLoginDaysAgo is { } d ? now.AddDays(-d).AddMinutes(-37 * d) : null,
                p.Role, p.Status, p.PermissionStatus, p.Technical));
    }

    /// <summary>Builds one user; technical users are named by the part before '@' (D34).</summary>
    public static User Create(string email, string first, string last, string permission, DateTimeOffset? lastLogin,
        string role = "ACCOUNTUSER", string status = "ACTIVE", string permissionStatus = "ACTIVE", bool technical = false)
    {
        var id = IdOf(email);
        return new User
        {
            Id = id,
            UserName = technical ? email[..email.IndexOf('@')] : email,
            Email = email,
            FirstName = first,
            LastName = last,
            Role = role,
            Status = status,
            TechnicalUser = technical,
            PermissionId = Ids.FromName("permission:" + id),
            PermissionRole = permission,
            PermissionStatus = permissionStatus,
            LastLogin = lastLogin
        };
    }
}
