using System.Text.Json.Serialization;

namespace LeanIX.Emulator.Domain;

/// <summary>
/// A workspace user as MTM knows it (D34): account-level <see cref="Role"/> and the workspace
/// permission (<see cref="PermissionRole"/>, <see cref="PermissionStatus"/>).
/// </summary>
public sealed class User : IEntity<User>
{
    public Guid Id { get; set; }
    public required string UserName { get; set; }
    public required string Email { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }

    /// <summary>Account role: <c>ACCOUNTUSER</c> or <c>ACCOUNTADMIN</c>.</summary>
    public string Role { get; set; } = "ACCOUNTUSER";

    /// <summary><c>ACTIVE</c> or <c>INACTIVE</c>.</summary>
    public string Status { get; set; } = "ACTIVE";
    public bool TechnicalUser { get; set; }
    public Guid PermissionId { get; set; }

    /// <summary>Workspace role: <c>ADMIN</c>, <c>MEMBER</c>, <c>VIEWER</c> or <c>CONTACT</c>.</summary>
    public string PermissionRole { get; set; } = "MEMBER";

    /// <summary>D66: the access control entities on the user's permission (MTM <c>accessControlEntities</c>); they restrict a non-admin's reads.</summary>
    public List<Guid> AccessControlEntityIds { get; set; } = [];

    /// <summary><c>ACTIVE</c>, <c>INVITED</c>, <c>ARCHIVED</c> or <c>REQUESTED</c>.</summary>
    public string PermissionStatus { get; set; } = "ACTIVE";
    public DateTimeOffset? LastLogin { get; set; }

    [JsonIgnore]
    public string DisplayName => $"{FirstName} {LastName}".Trim();

    public User Clone()
    {
        var clone = (User)MemberwiseClone();
        clone.AccessControlEntityIds = [.. AccessControlEntityIds];
        return clone;
    }
}
