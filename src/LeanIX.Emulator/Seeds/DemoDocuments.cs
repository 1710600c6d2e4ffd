namespace LeanIX.Emulator.Seeds;

/// <summary>Links to architecture documents, runbooks and contracts on the demo's fact sheets (D15).</summary>
internal static class DemoDocuments
{
    private const string Wiki = "https://wiki.acme.example.com/display/EA/";

    public static void Add(SeedBuilder b)
    {
        foreach (var (type, name, document, page, kind) in new[]
        {
            ("Application", DemoNames.ErpGlobal, "Architecture Overview", "ERP-Global-Architecture", "documentation"),
            ("Application", DemoNames.ErpGlobal, "Operations Runbook", "ERP-Global-Runbook", "runbook"),
            ("Application", DemoNames.ErpGlobalEcc, "Decommissioning Plan", "ECC-Decommissioning", "documentation"),
            ("Application", DemoNames.HrGlobal, "Data Protection Impact Assessment", "HRIS-DPIA", "compliance"),
            ("Application", DemoNames.LeanIX, "EA Modelling Guidelines", "Modelling-Guidelines", "documentation"),
            ("Application", DemoNames.LegacyErp, "AS/400 Operations Handbook", "BPCS-Handbook", "runbook"),
            ("Application", "CRM - Sales Cloud", "Salesforce Org Strategy", "SFDC-Org-Strategy", "documentation"),
            ("Application", "E-Commerce Shop", "PCI-DSS Attestation", "Shop-PCI", "compliance"),
            ("Application", "Integration Hub", "API Guidelines", "API-Guidelines", "documentation"),
            ("Interface", "CRM to ERP Orders", "Interface Specification", "IF-CRM-ERP-Orders", "specification"),
            ("Interface", "Bank Statements", "Message Format (camt.053)", "IF-Bank-Statements", "specification"),
            ("ITComponent", "SAP S/4HANA", "Sizing Report", "S4-Sizing", "documentation"),
            ("Provider", "SAP SE", "Enterprise Agreement", "Contracts-SAP", "contract"),
            ("Provider", "Salesforce", "Master Subscription Agreement", "Contracts-Salesforce", "contract"),
            ("Project", "S/4HANA Transformation", "Programme Charter", "S4-Programme-Charter", "documentation"),
            ("BusinessCapability", DemoNames.Finance, "Finance Capability Map", "Capability-Map-Finance", "documentation")
        })
            b.AddDocument(b.Get(type, name), document, Wiki + page, $"{document} for {name}.", kind);

        // A document without a link: a note kept directly on the fact sheet.
        b.AddDocument(b.Get("Application", DemoNames.ErpGlobal), "Licence note", null, "Named-user licences are counted by the SAP LAW tool.");
    }
}
