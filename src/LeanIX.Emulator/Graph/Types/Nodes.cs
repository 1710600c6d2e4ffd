using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Graph.Types;

// Every object a resolver returns carries the view it was read from, so child fields read the
// same state – in particular the nested transaction of a validateOnly mutation (D18).

public sealed record FsNode(IWorkspaceView View, FactSheet FactSheet);

/// <summary>A relation as seen from <see cref="NearId"/> through the directional <see cref="Key"/> (D12).</summary>
public sealed record RelNode(IWorkspaceView View, Relation Relation, Guid NearId, string Key)
{
    /// <summary>The fact sheet at the other end when the lister already read it from <see cref="View"/> (issue 15: saves a look-up per relation).</summary>
    public FactSheet? Other { get; init; }
}

public sealed record TagNode(IWorkspaceView View, Tag Tag);

public sealed record TagGroupNode(IWorkspaceView View, TagGroup Group);

public sealed record SubscriptionNode(IWorkspaceView View, Subscription Subscription);

public sealed record RoleLinkNode(IWorkspaceView View, SubscriptionRoleLink Link, SubscriptionRole? Role);

public sealed record RoleNode(IWorkspaceView View, SubscriptionRole Role);

public sealed record UserNode(User User);

public sealed record DocumentNode(IWorkspaceView View, Document Document);

public sealed record LogEventNode(IWorkspaceView View, ChangeRecord Change);

/// <summary><c>FactSheetMutationResult {factSheet}</c> (D16).</summary>
public sealed record FactSheetResult(FsNode FactSheet);
