using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Rest.ManagedCode;

/// <summary>
/// Writing execution configurations, shared by the managed-code routes and the calculations that own one (D57): a
/// change of code bumps the version and appends a code version (D58).
/// </summary>
public static class ManagedCodeConfigurations
{
    /// <summary>Creates the configuration <paramref name="id"/>, or updates it when it exists.</summary>
    public static ExecutionConfiguration Upsert(WorkspaceTransaction tx, Guid id, string name, string? description, bool active, string code, string capability)
    {
        if (tx.Overlay<ExecutionConfiguration>().Edit(id) is { } existing)
        {
            existing.Name = name;
            existing.Description = description;
            existing.Active = active;
            existing.Capability = capability;
            existing.UpdatedAt = tx.Now;
            if (existing.Code != code) AppendCode(tx, existing, code);
            return existing;
        }
        var created = new ExecutionConfiguration
        {
            Id = id, Name = name, Description = description, Active = active, Code = code, Capability = capability,
            CreatedAt = tx.Now, UpdatedAt = tx.Now
        };
        AppendCode(tx, created, code);
        tx.Overlay<ExecutionConfiguration>().Add(created);
        return created;
    }

    /// <summary>Removes a configuration with its execution logs.</summary>
    public static void Remove(WorkspaceTransaction tx, Guid id)
    {
        foreach (var log in tx.Source<ExecutionLog>().OwnedBy(id).ToList()) tx.Overlay<ExecutionLog>().Remove(log.Id);
        if (tx.Source<ExecutionConfiguration>().Get(id) is not null) tx.Overlay<ExecutionConfiguration>().Remove(id);
    }

    private static void AppendCode(WorkspaceTransaction tx, ExecutionConfiguration configuration, string code)
    {
        configuration.Code = code;
        configuration.Version++;
        configuration.CodeVersions.Add(new CodeVersion(Guid.NewGuid(), code, configuration.Version, tx.Now));
    }
}
