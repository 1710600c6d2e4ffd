using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Seeds;

/// <summary>The subscription roles a new LeanIX workspace offers.</summary>
public static class StandardRoles
{
    public static readonly (string Name, string? Type, string Description)[] All =
    [
        ("System Owner", "RESPONSIBLE", "Responsible for the operation of the system"),
        ("Business Owner", "ACCOUNTABLE", "Accountable for the business value"),
        ("IT Owner", "ACCOUNTABLE", "Accountable for the IT side"),
        ("Application Owner", "RESPONSIBLE", "Responsible for the application"),
        ("Solution Architect", "RESPONSIBLE", "Designs the solution"),
        ("Data Steward", "OBSERVER", "Watches the data quality"),
        ("Observer", "OBSERVER", "Follows changes")
    ];

    public static Guid IdOf(string name) => Ids.FromName("role:" + name);

    public static void Populate(WorkspaceState state)
    {
        foreach (var (name, type, description) in All)
            state.SubscriptionRoles.Put(new SubscriptionRole { Id = IdOf(name), Name = name, SubscriptionType = type, Description = description });
    }
}
