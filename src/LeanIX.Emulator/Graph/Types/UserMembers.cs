using GraphQL.Types;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Graph.Types;

/// <summary>
/// D81: the <c>User</c> members beyond D14 that real scripts read: <c>status</c>, <c>role</c> and
/// <c>permission {id role status}</c>. The emulator hosts one workspace per endpoint, so the user's
/// one stored permission (D34) is "the permission in the current workspace".
/// </summary>
public static class UserMembers
{
    public static void Add(ObjectGraphType user)
    {
        var permission = new ObjectGraphType { Name = "UserPermission" };
        permission.Add("id", typeof(IdGraphType), c => Formats.Id(c.Src<UserNode>().User.PermissionId));
        permission.Add("role", typeof(StringGraphType), c => c.Src<UserNode>().User.PermissionRole);
        permission.Add("status", typeof(StringGraphType), c => c.Src<UserNode>().User.PermissionStatus);

        // status lists the workspace statuses (ACTIVE, INVITED, ARCHIVED, …), i.e. the permission's,
        // not MTM's account-level ACTIVE/INACTIVE; role is the account role, as MTM's top-level role (D34).
        user.Add("status", typeof(StringGraphType), c => c.Src<UserNode>().User.PermissionStatus);
        user.Add("role", typeof(StringGraphType), c => c.Src<UserNode>().User.Role);
        user.Add("permission", permission, c => c.Src<UserNode>());
    }
}
