namespace LeanIX.Emulator.Seeds;

/// <summary>Who is responsible for what in the demo; some fact sheets are left without anyone on purpose.</summary>
internal static class DemoSubscriptions
{
    private const string App = "Application";
    private const string Responsible = "RESPONSIBLE";
    private const string Accountable = "ACCOUNTABLE";
    private const string Observer = "OBSERVER";
    private const string Max = "max.mustermann@example.com";
    private const string Erika = "erika.musterfrau@example.com";
    private const string Li = "li.wei@example.com";
    private const string Priya = "priya.sharma@example.com";
    private const string Oliver = "oliver.smith@example.com";
    private const string Sophie = "sophie.martin@example.com";
    private const string Carlos = "carlos.garcia@example.com";

    public static void Add(SeedBuilder b)
    {
        var john = DemoNames.JohnDoe;
        var jane = DemoNames.JaneDoe;
        var owner = DemoNames.SystemOwnerRole;

        var erp = b.Get(App, DemoNames.ErpGlobal);
        b.Subscribe(erp, john, Responsible, (owner, "Global SAP system owner"));
        b.Subscribe(erp, jane, Responsible, (owner, "Deputy system owner for finance modules"), ("Solution Architect", null));
        b.Subscribe(erp, Priya, Accountable, ("Business Owner", "CFO office"));
        b.Subscribe(erp, Sophie, Observer, ("Observer", null));

        var ecc = b.Get(App, DemoNames.ErpGlobalEcc);
        b.Subscribe(ecc, john, Responsible, (owner, "Until the S/4HANA cut-over"));
        b.Subscribe(ecc, Max, Accountable, ("IT Owner", null));

        var hr = b.Get(App, DemoNames.HrGlobal);
        b.Subscribe(hr, jane, Responsible, (owner, "HR IT lead"));
        b.Subscribe(hr, Erika, Accountable, ("Business Owner", "Head of HR"));

        var leanix = b.Get(App, DemoNames.LeanIX);
        b.Subscribe(leanix, jane, Responsible, (owner, "EA tooling"), ("Application Owner", null));
        b.Subscribe(leanix, john, Observer, ("Observer", null));

        // Legacy ERP: system owner left the company (inactive user) – a typical hygiene finding.
        b.Subscribe(b.Get(App, DemoNames.LegacyErp), "tom.baker@example.com", Responsible, (owner, "Former AS/400 admin"));
        b.Subscribe(b.Get(App, DemoNames.LegacyErp), Carlos, Observer);

        var others = new (string App, string Responsible, string? Accountable)[]
        {
            ("CRM - Sales Cloud", Oliver, Priya), ("E-Commerce Shop", Oliver, null), ("Warehouse Management System", Li, Max),
            ("Transportation Management System", Li, null), ("Business Intelligence Platform", Max, null), ("Data Warehouse", Max, null),
            ("Data Platform", Max, Priya), ("Treasury Management System", jane, Priya), ("Payroll - Germany", Erika, null),
            ("IT Service Desk", john, null), ("Identity Management", john, Priya), ("Integration Hub", Li, Max),
            ("Intranet", Oliver, null), ("Email & Collaboration", john, null), ("Manufacturing Execution System", Li, null),
            ("Pricing Engine", Oliver, null), ("Group Consolidation Tool", jane, null)
        };
        foreach (var (app, responsible, accountable) in others)
        {
            var fs = b.Get(App, app);
            b.Subscribe(fs, responsible, Responsible, (app.Length % 2 == 0 ? owner : "Application Owner", null));
            if (accountable is not null) b.Subscribe(fs, accountable, Accountable, ("Business Owner", null));
        }

        foreach (var (type, name, email, role) in new[]
        {
            ("ITComponent", "SAP S/4HANA", john, "Solution Architect"), ("ITComponent", "SAP ECC", john, "Solution Architect"),
            ("ITComponent", "Salesforce Sales Cloud", Oliver, "Solution Architect"), ("ITComponent", "Oracle Database", Li, "Solution Architect"),
            ("Interface", "CRM to ERP Orders", Li, "Application Owner"), ("Interface", "Shop Order Intake", Li, "Application Owner"),
            ("Project", "S/4HANA Transformation", john, "Application Owner"), ("Project", "CRM Consolidation", Oliver, "Application Owner"),
            ("BusinessCapability", DemoNames.Finance, Priya, "Solution Architect"), ("UserGroup", DemoNames.AcmeHolding, Priya, "Solution Architect")
        })
            b.Subscribe(b.Get(type, name), email, Responsible, (role, null));

        foreach (var (type, name) in new[] { ("DataObject", "Customer"), ("DataObject", "Employee"), ("DataObject", "Material") })
            b.Subscribe(b.Get(type, name), Erika, Observer, ("Data Steward", "Master data quality"));
    }
}
