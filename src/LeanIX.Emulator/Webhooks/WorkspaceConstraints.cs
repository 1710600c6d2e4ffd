namespace LeanIX.Emulator.Webhooks;

/// <summary>webhooks.md §2 <c>workspaceConstraint</c> values; every emulator event is a workspace event.</summary>
public static class WorkspaceConstraints
{
    public const string Workspace = "WORKSPACE";
    public const string NoWorkspace = "NO_WORKSPACE";
    public const string Any = "ANY";
    public static readonly string[] All = [Workspace, NoWorkspace, Any];
}
