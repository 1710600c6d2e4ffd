using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Seeds;

/// <summary>
/// The hand-made <c>demo</c> workspace (data model v3): the fictional Acme group with about two
/// hundred fact sheets of every type, every relation kind, tags, documents and subscriptions,
/// plus deliberate quality gaps (missing descriptions, lifecycles and owners, broken quality seals).
/// Ids derive from names, so the demo is identical on every start; times are relative to <c>now</c>.
/// </summary>
public sealed class DemoSeed : ISeed
{
    public void Populate(WorkspaceState state, DateTimeOffset now)
    {
        if (!state.Model.IsV3)
            throw new SeedException("The demo seed needs data model v3 (UserGroup, Process, Project): use --data-model v3 or leave it out.");
        StandardRoles.Populate(state);
        var builder = new SeedBuilder(state, now, "demo");
        SeedUsers.Populate(state, builder.Now);
        DemoBusiness.Add(builder);
        DemoTechnology.Add(builder);
        DemoApplications.Add(builder);
        DemoIntegration.Add(builder);
        DemoTags.Add(builder);
        DemoSubscriptions.Add(builder);
        DemoDocuments.Add(builder);
        SeedHistory.RecordCreations(state);
    }
}
