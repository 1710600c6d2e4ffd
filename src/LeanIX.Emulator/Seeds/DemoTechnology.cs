namespace LeanIX.Emulator.Seeds;

/// <summary>Acme's technology landscape: providers, tech categories and IT components.</summary>
internal static class DemoTechnology
{
    private const string Prov = "Provider";
    private const string TS = "TechnicalStack";
    private const string ITC = "ITComponent";

    private static readonly (string Name, string? Parent, string? Description)[] Providers =
    [
        ("SAP SE", null, "German enterprise software vendor."),
        ("Oracle", null, "Database and enterprise software vendor."),
        ("Microsoft", null, "Operating systems, databases, cloud and office software."),
        ("Amazon Web Services", null, "Public cloud provider."),
        ("Salesforce", null, "CRM software vendor."),
        ("Tableau", "Salesforce", "Analytics software, part of Salesforce."),
        ("MuleSoft", "Salesforce", "Integration platform, part of Salesforce."),
        ("Workday", null, null),
        ("Red Hat", "IBM", "Enterprise Linux, part of IBM."),
        ("IBM", null, "Hardware, middleware and services."),
        ("VMware", null, "Virtualisation software."),
        ("ServiceNow", null, "IT service management platform."),
        ("Okta", null, "Identity provider."),
        ("Dell Technologies", null, "Servers and storage hardware."),
        ("NetApp", null, null),
        ("Cisco", null, "Network equipment."),
        ("Adobe", null, "Digital experience and commerce software."),
        ("Snowflake", null, "Cloud data platform."),
        ("Apache Software Foundation", null, "Open-source software foundation.")
    ];

    private static readonly (string Root, string[] Children)[] Stacks =
    [
        ("Infrastructure", ["Servers", "Storage", "Network"]),
        ("Platform", ["Databases", "Operating Systems", "Virtualization", "Integration Middleware", "Cloud Services"]),
        ("Application Software", ["ERP Software", "CRM Software", "HR Software", "Analytics Software", "Collaboration Software", "Development Frameworks"])
    ];

    // name, category, release, provider, stack, lifecycle (plan, phaseIn, active, phaseOut, endOfLife), lxState
    private static readonly (string Name, string Category, string? Release, string Provider, string Stack, string?[] Life, string LxState, string? Description)[] Components =
    [
        ("SAP ECC", "software", "6.0 EHP8", "SAP SE", "ERP Software", ["2008-01-01", "2008-06-01", "2009-01-01", "2025-01-01", "2027-12-31"], "APPROVED", "SAP ERP Central Component."),
        ("SAP S/4HANA", "software", "2023", "SAP SE", "ERP Software", ["2022-01-01", "2023-06-01", "2024-01-01", null, null], "APPROVED", "SAP's current ERP suite."),
        ("SAP HANA Database", "software", "2.0 SPS07", "SAP SE", "Databases", [null, "2022-06-01", "2023-01-01", null, null], "APPROVED", "In-memory database for S/4HANA."),
        ("SAP SuccessFactors", "service", null, "SAP SE", "HR Software", ["2019-06-01", "2020-01-01", "2020-09-01", null, null], "APPROVED", "Cloud HR suite."),
        ("SAP PI/PO", "software", "7.5", "SAP SE", "Integration Middleware", [null, "2014-01-01", "2015-01-01", "2024-06-01", "2027-12-31"], "APPROVED", "SAP Process Integration."),
        ("SAP LeanIX", "service", null, "SAP SE", "Analytics Software", [null, "2020-01-01", "2020-03-01", null, null], "APPROVED", "Enterprise architecture management SaaS."),
        ("Oracle Database", "software", "19c", "Oracle", "Databases", [null, "2019-06-01", "2020-01-01", "2027-01-01", "2029-04-30"], "APPROVED", "Relational database."),
        ("Oracle Siebel CRM", "software", "8.1", "Oracle", "CRM Software", [null, "2006-01-01", "2007-01-01", "2021-06-01", "2025-12-31"], "BROKEN_QUALITY_SEAL", null),
        ("Microsoft SQL Server", "software", "2019", "Microsoft", "Databases", [null, "2020-01-01", "2020-06-01", null, null], "APPROVED", "Relational database."),
        ("Windows Server 2016", "software", "2016", "Microsoft", "Operating Systems", [null, "2016-10-01", "2017-01-01", "2022-01-01", "2027-01-12"], "APPROVED", null),
        ("Windows Server 2022", "software", "2022", "Microsoft", "Operating Systems", [null, "2022-01-01", "2022-06-01", null, null], "APPROVED", "Server operating system."),
        ("Microsoft 365", "service", null, "Microsoft", "Collaboration Software", [null, "2018-01-01", "2018-06-01", null, null], "APPROVED", "Office, mail and collaboration."),
        ("Azure Kubernetes Service", "service", null, "Microsoft", "Cloud Services", ["2023-01-01", "2023-09-01", null, null, null], "DRAFT", "Managed Kubernetes."),
        (".NET", "software", "8", "Microsoft", "Development Frameworks", [null, "2024-01-01", "2024-03-01", null, null], "APPROVED", "Application framework."),
        ("Amazon Web Services", "service", null, "Amazon Web Services", "Cloud Services", [null, "2021-09-01", "2022-01-01", null, null], "APPROVED", "AWS landing zone of Acme."),
        ("Amazon EC2", "service", null, "Amazon Web Services", "Servers", [null, "2021-09-01", "2022-01-01", null, null], "APPROVED", "Virtual servers."),
        ("Amazon S3", "service", null, "Amazon Web Services", "Storage", [null, "2021-09-01", "2022-01-01", null, null], "APPROVED", "Object storage."),
        ("Salesforce Sales Cloud", "service", null, "Salesforce", "CRM Software", ["2021-01-01", "2021-06-01", "2022-01-01", null, null], "APPROVED", "SaaS CRM."),
        ("Tableau Server", "software", "2023.3", "Tableau", "Analytics Software", [null, "2019-01-01", "2019-06-01", null, null], "APPROVED", null),
        ("MuleSoft Anypoint Platform", "service", null, "MuleSoft", "Integration Middleware", ["2022-01-01", "2022-09-01", "2023-03-01", null, null], "APPROVED", "API-led integration platform."),
        ("Workday HCM", "service", null, "Workday", "HR Software", ["2018-01-01", null, null, null, null], "REJECTED", "Evaluated for the HR Cloud Rollout, not chosen."),
        ("Red Hat Enterprise Linux", "software", "8", "Red Hat", "Operating Systems", [null, "2019-06-01", "2020-01-01", null, null], "APPROVED", "Linux server OS."),
        ("IBM Power System AS/400", "hardware", "i 7.3", "IBM", "Servers", [null, "1999-01-01", "2000-01-01", "2020-01-01", "2026-12-31"], "BROKEN_QUALITY_SEAL", "Midrange server running Legacy ERP."),
        ("VMware vSphere", "software", "8", "VMware", "Virtualization", [null, "2015-01-01", "2015-06-01", "2025-06-01", null], "APPROVED", "On-premise virtualisation."),
        ("ServiceNow ITSM", "service", null, "ServiceNow", "Collaboration Software", [null, "2019-01-01", "2019-06-01", null, null], "APPROVED", "IT service management."),
        ("Okta Workforce Identity", "service", null, "Okta", "Cloud Services", [null, "2020-06-01", "2021-01-01", null, null], "APPROVED", "Single sign-on and MFA."),
        ("Dell PowerEdge R750", "hardware", null, "Dell Technologies", "Servers", [null, "2021-06-01", "2021-09-01", null, null], "APPROVED", "x86 rack server."),
        ("NetApp AFF A400", "hardware", null, "NetApp", "Storage", [null, "2020-01-01", "2020-04-01", null, null], "DRAFT", null),
        ("Cisco Catalyst 9300", "hardware", null, "Cisco", "Network", [null, "2019-01-01", "2019-03-01", null, null], "APPROVED", "Campus switches."),
        ("Adobe Commerce", "software", "2.4", "Adobe", "Application Software", ["2023-05-01", "2024-02-01", "2024-11-01", null, null], "APPROVED", "E-commerce platform (Magento)."),
        ("Adobe Experience Manager", "service", null, "Adobe", "Collaboration Software", [null, "2020-01-01", "2020-06-01", null, null], "APPROVED", null),
        ("Snowflake Data Cloud", "service", null, "Snowflake", "Databases", ["2024-01-01", "2024-09-01", null, null, null], "DRAFT", "Cloud data warehouse."),
        ("Apache Kafka", "software", "3.6", "Apache Software Foundation", "Integration Middleware", [null, "2022-01-01", "2022-06-01", null, null], "APPROVED", "Event streaming."),
        ("Apache Tomcat", "software", "9", "Apache Software Foundation", "Development Frameworks", [null, "2018-01-01", "2018-06-01", "2025-01-01", null], "APPROVED", null),
        ("Java", "software", "17", "Oracle", "Development Frameworks", [null, "2022-01-01", "2022-03-01", null, null], "APPROVED", "Java runtime.")
    ];

    public static void Add(SeedBuilder b)
    {
        var number = 1;
        foreach (var (name, _, description) in Providers)
        {
            var provider = b.AddFactSheet(Prov, name, description);
            b.Set(provider, "externalId", DemoValues.ExternalId("VEN", number++));
        }
        foreach (var (name, parent, _) in Providers)
            if (parent is not null) b.Parent(b.Get(Prov, name), b.Get(Prov, parent));

        foreach (var (root, children) in Stacks)
        {
            var rootFs = b.AddFactSheet(TS, root, $"Tech category {root}.");
            foreach (var child in children)
                b.Parent(b.AddFactSheet(TS, child, child.Length % 4 == 0 ? null : $"Tech category {child}."), rootFs);
        }

        number = 1;
        foreach (var c in Components)
        {
            var itc = b.AddFactSheet(ITC, c.Name, c.Description, c.LxState);
            b.Set(itc, "category", c.Category);
            if (c.Release is not null) b.Set(itc, "release", c.Release);
            b.Set(itc, "lifecycle", DemoValues.Lifecycle(c.Life[0], c.Life[1], c.Life[2], c.Life[3], c.Life[4]));
            b.Set(itc, "externalId", DemoValues.ExternalId("CI", number++));
            b.Relate(itc, "relITComponentToProvider", b.Get(Prov, c.Provider));
            b.Relate(itc, "relITComponentToTechnologyStack", b.Get(TS, c.Stack));
        }

        // Hierarchy, succession and dependencies among IT components.
        b.Parent(b.Get(ITC, "Amazon EC2"), b.Get(ITC, "Amazon Web Services"));
        b.Parent(b.Get(ITC, "Amazon S3"), b.Get(ITC, "Amazon Web Services"));
        b.Relate(b.Get(ITC, "SAP ECC"), "relToSuccessor", b.Get(ITC, "SAP S/4HANA"));
        b.Relate(b.Get(ITC, "Windows Server 2016"), "relToSuccessor", b.Get(ITC, "Windows Server 2022"));
        b.Relate(b.Get(ITC, "Oracle Siebel CRM"), "relToSuccessor", b.Get(ITC, "Salesforce Sales Cloud"));
        b.Relate(b.Get(ITC, "SAP PI/PO"), "relToSuccessor", b.Get(ITC, "MuleSoft Anypoint Platform"));
        b.Relate(b.Get(ITC, "SAP S/4HANA"), "relToRequires", b.Get(ITC, "SAP HANA Database"));
        b.Relate(b.Get(ITC, "SAP ECC"), "relToRequires", b.Get(ITC, "Oracle Database"));
        b.Relate(b.Get(ITC, "Apache Tomcat"), "relToRequires", b.Get(ITC, "Java"));
        b.Relate(b.Get(ITC, "Tableau Server"), "relToRequires", b.Get(ITC, "Windows Server 2022"));
    }
}
