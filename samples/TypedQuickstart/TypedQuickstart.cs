using LeanIX.Client;
using LeanIX.Client.Scripting;
using LeanIX.Model;

/// <summary>The Quickstart's examples with the classes generated from leanix.datamodel.json.</summary>
public static class TypedQuickstart
{
    public static void Run(LeanIXClient lx, string applicationName)
    {
        var ws = Lx.Workspace;
        Console.WriteLine($"Workspace '{ws.WorkspaceName}' ({ws.WorkspaceId}) at {ws.InstanceUrl} — {Lx.WorkspaceUrl}");

        Section("All applications");
        foreach (var app in Application.All())
            Console.WriteLine($"  {app.DisplayName}");

        Section($"'System Owner' subscriptions of '{applicationName}'");
        var erp = Application.Get(applicationName);
        foreach (var s in erp.Subscriptions("System Owner"))
            Console.WriteLine($"  {s.Email} ({s.Type}){(s.Comment is null ? "" : $": {s.Comment}")}");

        Section("UserGroup 'Acme Holding SE' by name and by id");
        var holding = UserGroup.Get("Acme Holding SE");
        var sameById = UserGroup.Get(holding.Id.ToString());
        Console.WriteLine($"  {holding.DisplayName} = {sameById.DisplayName} ({holding.Id}), same fact sheet: {ReferenceEquals(holding.FactSheet, sameById.FactSheet)}");

        Section($"Business capabilities of '{applicationName}'");
        foreach (var capability in erp.BusinessCapabilities())
            Console.WriteLine($"  {capability.DisplayName}{(capability.Relation?.ActiveFrom is { } from ? $" (from {from})" : "")}");

        Section("Processes of 'ERP - Global ECC'");
        foreach (var process in Application.Get("ERP - Global ECC").Processes())
            Console.WriteLine($"  {process.DisplayName}");

        Section("User group → applications → IT components → providers");
        foreach (var app in holding.Applications())
            foreach (var component in app.ItComponents())
                foreach (var provider in component.Providers())
                    Console.WriteLine($"  {holding.Name} → {app.Name} → {component.Name} → {provider.Name}");

        Section("Tags and location");
        foreach (var (group, tags) in holding.TagsByGroup)
            Console.WriteLine($"  {group}: {string.Join(", ", tags.Select(t => t.Name))}");
        Console.WriteLine($"  location: {holding.Location?.GeoCity}, {holding.Location?.GeoCountry}");
        var criticality = erp.BusinessCriticality;
        Console.WriteLine($"  {erp.Name}: business criticality = {criticality?.Key ?? "(not set)"}, mission critical: {criticality == BusinessCriticality.MissionCritical}");

        Section("Typed select values and the dynamic layer");
        var critical = Application.All().Where(a => a.BusinessCriticality == BusinessCriticality.MissionCritical).Select(a => a.Name).Order(StringComparer.Ordinal);
        Console.WriteLine($"  mission critical: {string.Join(", ", critical)}");
        foreach (var link in erp.ItComponentsRelations())
            Console.WriteLine($"  {erp.Name} → {link.FactSheet.Name}: annual cost {link.CostTotalAnnual?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) ?? "(not set)"}");
        Console.WriteLine($"  {erp.Name} lifecycle: {erp.Lifecycle?.Current ?? "(none)"}; via the dynamic layer: {erp.FactSheet["lifecycle"]["asString"]}");
    }

    private static void Section(string title) => Console.WriteLine($"\n== {title}");
}
