using LeanIX.Client;
using LeanIX.Client.Scripting;

/// <summary>The seed toolkit's examples, in the script style.</summary>
public static class Quickstart
{
    public static void Run(LeanIXClient lx, string applicationName)
    {
        var ws = Lx.Workspace;
        Console.WriteLine($"Workspace '{ws.WorkspaceName}' ({ws.WorkspaceId}) at {ws.InstanceUrl} — {Lx.WorkspaceUrl}");

        Section("All applications");
        foreach (var app in FactSheets.Of("Application").All())
            Console.WriteLine($"  {app["displayName"]}");

        Section($"'System Owner' subscriptions of '{applicationName}'");
        var erp = FactSheets.Of("Application").Get(applicationName);
        foreach (var s in erp.Subscriptions("System Owner"))
            Console.WriteLine($"  {s.Email} ({s.Type}){(s.Comment is null ? "" : $": {s.Comment}")}");

        Section("UserGroup 'Acme Holding SE' by name and by id");
        var holding = FactSheets.Of("UserGroup").Get("Acme Holding SE");
        var sameById = FactSheets.Of("UserGroup").Get(holding.Id.ToString());
        Console.WriteLine($"  {holding.DisplayName} = {sameById.DisplayName} ({holding.Id}), same instance: {ReferenceEquals(holding, sameById)}");

        Section($"Business capabilities of '{applicationName}'");
        foreach (var capability in erp.Relations("businessCapabilities"))
            Console.WriteLine($"  {capability.DisplayName}{(capability.ActiveFrom is null ? "" : $" (from {capability.ActiveFrom})")}");

        Section("Processes of 'ERP - Global ECC'");
        foreach (var process in FactSheets.Of("Application").Get("ERP - Global ECC").Relations("processes"))
            Console.WriteLine($"  {process.DisplayName}");

        Section("User group → applications → IT components → providers");
        foreach (var app in holding.Related("applications"))
            foreach (var component in app.Related("itComponents"))
                foreach (var provider in component.Related("providers"))
                    Console.WriteLine($"  {holding.Name} → {app.Name} → {component.Name} → {provider.Name}");

        Section("Tags and location");
        foreach (var (group, tags) in holding.TagsByGroup)
            Console.WriteLine($"  {group}: {string.Join(", ", tags.Select(t => t.Name))}");
        Console.WriteLine($"  location: {holding["location"]["geoCity"]}, {holding["location"]["geoCountry"]}");
        var criticality = erp.Field("businessCriticality");
        Console.WriteLine($"  {erp.Name}: {criticality.Label} = {criticality.ValueLabel ?? "(not set)"}");
    }

    private static void Section(string title) => Console.WriteLine($"\n== {title}");
}
