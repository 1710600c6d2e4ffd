using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Model;
using LeanIX.Emulator.Seeds;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Hosting;

/// <summary>
/// Opens a workspace from its config: a workspace already in the store is loaded as it was
/// (the seed is not applied twice), a new one is seeded and saved.
/// </summary>
public static class WorkspaceFactory
{
    public static Workspace Open(WorkspaceConfig config, SqliteStore store, TimeProvider clock, StoredValueLimits? valueLimits = null)
    {
        var id = config.EffectiveId;
        var storedModel = store.GetMeta(id, WorkspaceMetaKeys.DataModel);
        DataModel model;
        try
        {
            model = storedModel is not null ? DataModel.Parse(storedModel) : DataModel.Load(config.EffectiveDataModel);
            if (storedModel is not null && store.GetMeta(id, WorkspaceMetaKeys.MetaModelLayout) is { } layout)
                model = model.WithLayout(MetaLayout.Parse(layout));
        }
        catch (DataModelException e)
        {
            throw new StartupException($"Workspace '{config.Name}': {e.Message}");
        }

        var workspace = new Workspace(id, config.Name, model, store, clock) { ValueLimits = valueLimits ?? new StoredValueLimits() };
        if (store.GetMeta(id, WorkspaceMetaKeys.Seeded) is not null)
        {
            store.LoadInto(workspace.State);
        }
        else
        {
            try
            {
                SeedCatalog.Resolve(config.Seed).Populate(workspace.State, clock.GetUtcNow());
            }
            catch (SeedException e)
            {
                throw new StartupException(e.Message);
            }
            store.SetMeta(id, WorkspaceMetaKeys.DataModel, model.Envelope.ToJsonString());
            store.SaveAll(workspace.State);
            store.SetMeta(id, WorkspaceMetaKeys.Seeded, config.Seed);
        }

        ConfiguredSurveys.Apply(workspace, config.Surveys, clock.GetUtcNow());
        foreach (var token in config.ApiTokens)
            workspace.ApiTokens[token] = EnsureTechnicalUser(workspace, token, clock);
        return workspace;
    }

    /// <summary>Each API token belongs to a technical user of the workspace (auth.md §6).</summary>
    private static Guid EnsureTechnicalUser(Workspace workspace, string token, TimeProvider clock)
    {
        var userId = Ids.FromName($"technical-user:{workspace.Id}:{token}");
        if (workspace.State.Users.Get(userId) is not null) return userId;
        var index = workspace.ApiTokens.Count + 1;
        var user = new User
        {
            Id = userId,
            UserName = index == 1 ? "emulator-bot" : $"emulator-bot-{index}",
            Email = index == 1 ? "emulator-bot@technical.example.com" : $"emulator-bot-{index}@technical.example.com",
            FirstName = "Emulator",
            LastName = index == 1 ? "Bot" : $"Bot {index}",
            Role = "ACCOUNTUSER",
            TechnicalUser = true,
            PermissionId = Ids.FromName($"permission:{workspace.Id}:{userId}"),
            PermissionRole = "ADMIN",
            PermissionStatus = "ACTIVE",
            LastLogin = clock.GetUtcNow()
        };
        var tx = workspace.Begin(null);
        tx.Users.Add(user);
        workspace.Commit(tx);
        return userId;
    }
}
