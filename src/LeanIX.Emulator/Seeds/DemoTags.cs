namespace LeanIX.Emulator.Seeds;

/// <summary>Tag groups of the demo: one per classification Acme uses, including SINGLE-mode groups.</summary>
internal static class DemoTags
{
    public static void Add(SeedBuilder b)
    {
        var company = b.AddTagGroup(DemoNames.CompanyTagGroup, "CO", "MULTIPLE", "Legal role of an organisational unit.", "UserGroup");
        var holding = b.AddTag(company, DemoNames.HoldingTag, "#1f4e79", "Group parent company");
        var subsidiary = b.AddTag(company, "Subsidiary", "#2e75b6");
        var department = b.AddTag(company, "Department", "#9dc3e6");

        var cloud = b.AddTagGroup(DemoNames.CloudReadinessTagGroup, "CR", "SINGLE", "How ready a system is to run in public cloud.", "Application", "ITComponent");
        var cloudNative = b.AddTag(cloud, "Cloud Native", "#00b050");
        var cloudReady = b.AddTag(cloud, "Cloud Ready", "#92d050");
        var notReady = b.AddTag(cloud, "Not Cloud Ready", "#ff0000");

        var time = b.AddTagGroup("TIME Classification", "TIME", "SINGLE", "Gartner TIME portfolio decision.", "Application");
        var tolerate = b.AddTag(time, "Tolerate", "#ffc000");
        var invest = b.AddTag(time, "Invest", "#00b050");
        var migrate = b.AddTag(time, "Migrate", "#5b9bd5");
        var eliminate = b.AddTag(time, "Eliminate", "#c00000");

        var compliance = b.AddTagGroup("Compliance", "COMP", "MULTIPLE", "Regulations a fact sheet is in scope of.");
        var gdpr = b.AddTag(compliance, "GDPR", "#7030a0");
        var sox = b.AddTag(compliance, "SOX", "#44546a");
        var pci = b.AddTag(compliance, "PCI-DSS", "#c55a11");

        var strategic = b.AddTag(null, "Strategic", "#d3d3d3", "Ungrouped tag used by the EA team.");
        var review = b.AddTag(null, "Needs Review", "#d3d3d3");
        b.AddTag(null, "Unused Tag", "#d3d3d3", "No fact sheet carries this tag.");

        b.TagWith(b.Get("UserGroup", DemoNames.AcmeHolding), holding);
        foreach (var name in new[] { "Acme Germany GmbH", "Acme France SAS", "Acme UK Ltd", "Acme Inc.", "Acme China Ltd.", "Acme Shared Services India" })
            b.TagWith(b.Get("UserGroup", name), subsidiary);
        foreach (var name in new[] { "Finance Department", "Sales Department", "HR Department", "IT Department", "Logistics Department" })
            b.TagWith(b.Get("UserGroup", name), department);

        void App(string name, params Domain.Tag[] tags)
        {
            foreach (var tag in tags) b.TagWith(b.Get("Application", name), tag);
        }
        App(DemoNames.ErpGlobal, cloudReady, invest, sox, gdpr, strategic);
        App(DemoNames.ErpGlobalEcc, notReady, migrate, sox, gdpr);
        App(DemoNames.HrGlobal, cloudNative, invest, gdpr);
        App(DemoNames.LeanIX, cloudNative, invest);
        App(DemoNames.LegacyErp, notReady, eliminate, review);
        App("CRM - Sales Cloud", cloudNative, invest, gdpr, strategic);
        App("CRM - Siebel", notReady, eliminate);
        App("E-Commerce Shop", cloudNative, invest, pci, gdpr);
        App("Customer Portal", cloudReady, tolerate, gdpr);
        App("Data Warehouse", notReady, migrate);
        App("Data Platform", cloudNative, invest, strategic);
        App("Treasury Management System", tolerate, sox);
        App("Manufacturing Execution System", notReady, tolerate);
        App("Mobile Sales App", eliminate, review);
        App("Payroll - Germany", tolerate, gdpr);
        App("Identity Management", cloudNative, invest);
        App("Legacy Middleware", notReady, eliminate);

        foreach (var name in new[] { "SAP ECC", "Oracle Siebel CRM", "IBM Power System AS/400" })
            b.TagWith(b.Get("ITComponent", name), notReady);
        foreach (var name in new[] { "SAP S/4HANA", "Salesforce Sales Cloud", "Snowflake Data Cloud", "Azure Kubernetes Service" })
            b.TagWith(b.Get("ITComponent", name), cloudNative);
        foreach (var name in new[] { "Customer", "Employee", "Payroll Result" })
            b.TagWith(b.Get("DataObject", name), gdpr);
        b.TagWith(b.Get("Project", "GDPR Compliance Programme"), gdpr);
        b.TagWith(b.Get("Project", "S/4HANA Transformation"), strategic);
    }
}
