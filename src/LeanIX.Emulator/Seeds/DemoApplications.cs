using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Seeds;

/// <summary>Acme's application portfolio and how it connects to business and technology.</summary>
internal static class DemoApplications
{
    private const string App = "Application";

    /// <summary>One application row; <see cref="Life"/> null leaves the lifecycle empty on purpose (quality gap).</summary>
    private sealed record AppRow(
        string Name, string? Description, string Criticality, string Functional, string Technical, string?[]? Life,
        string LxState = "APPROVED", string? Alias = null, string? Release = null,
        string[]? Capabilities = null, string[]? Processes = null, (string Group, string Usage, int Users)[]? Groups = null,
        (string Component, double Cost)[]? Components = null, string[]? Projects = null, string? Parent = null);

    private static readonly AppRow[] Apps =
    [
        new(DemoNames.ErpGlobal, "Global SAP S/4HANA system for finance, sales and logistics of all Acme companies.",
            "missionCritical", "perfect", "fullyAppropriate", ["2022-01-01", "2023-06-01", "2024-01-01", null, null],
            Alias: "S4P", Release: "2023",
            Capabilities: [DemoNames.Finance, DemoNames.Controlling, DemoNames.Sales, DemoNames.Logistics, DemoNames.MaterialsManagement, "General Ledger"],
            Processes: [DemoNames.QuoteToCash, "Procure-to-Pay", "Period-End Closing"],
            Groups: [(DemoNames.AcmeHolding, "owner", 12), ("Acme Germany GmbH", "user", 1800), ("Acme France SAS", "user", 650), ("Finance Department", "user", 120)],
            Components: [("SAP S/4HANA", 850000), ("SAP HANA Database", 240000), ("Red Hat Enterprise Linux", 18000), ("Dell PowerEdge R750", 60000)],
            Projects: ["S/4HANA Transformation", "ERP S/4HANA Migration"]),
        new(DemoNames.ErpGlobalEcc, "SAP ECC instance running finance, controlling and sales; to be replaced by ERP - Global.",
            "missionCritical", "appropriate", "inappropriate", ["2008-01-01", "2008-06-01", "2009-01-01", "2025-01-01", "2027-12-31"],
            Alias: "ECC", Release: "6.0 EHP8",
            Capabilities: [DemoNames.Finance, DemoNames.Controlling, DemoNames.Sales, DemoNames.MaterialsManagement, "Accounts Receivable", "Order Management"],
            Processes: [DemoNames.QuoteToCash, DemoNames.OrderToInvoice, "Invoice Verification"],
            Groups: [(DemoNames.AcmeHolding, "owner", 8), ("Acme UK Ltd", "user", 300), ("Acme China Ltd.", "user", 420)],
            Components: [("SAP ECC", 620000), ("Oracle Database", 150000), ("Windows Server 2016", 9000), ("VMware vSphere", 22000)],
            Projects: ["ERP S/4HANA Migration"], Parent: DemoNames.ErpGlobal),
        new(DemoNames.HrGlobal, "Global human resources system: core HR, payroll interfaces and talent management.",
            "businessCritical", "appropriate", "fullyAppropriate", ["2019-06-01", "2020-01-01", "2020-09-01", null, null],
            Alias: "HRIS",
            Capabilities: ["Human Resources", "Talent Management", "Recruiting"], Processes: ["Hire-to-Retire", "Recruiting & Onboarding", "Offboarding"],
            Groups: [(DemoNames.AcmeHolding, "owner", 4), ("HR Department", "user", 45), ("Acme Inc.", "user", 30)],
            Components: [("SAP SuccessFactors", 310000), ("Okta Workforce Identity", 12000)], Projects: ["HR Cloud Rollout"]),
        new(DemoNames.LeanIX, "Enterprise architecture repository of Acme.", "administrativeService", "perfect", "fullyAppropriate",
            [null, "2020-01-01", "2020-03-01", null, null],
            Capabilities: ["Enterprise Architecture Management"], Groups: [(DemoNames.AcmeHolding, "owner", 2), ("IT Department", "user", 60)],
            Components: [("SAP LeanIX", 48000)]),
        new(DemoNames.LegacyErp, "AS/400 based ERP still used by Acme Inc. for materials management.", "businessCritical", "insufficient", "unreasonable",
            [null, "1999-01-01", "2000-01-01", "2021-01-01", "2026-12-31"], "BROKEN_QUALITY_SEAL", Alias: "BPCS",
            Capabilities: [DemoNames.MaterialsManagement, DemoNames.Logistics, "Inventory Management"], Processes: ["Goods Receipt"],
            Groups: [("Acme Inc.", "owner", 3), ("US Operations", "user", 140)], Components: [("IBM Power System AS/400", 95000)],
            Projects: ["Legacy ERP Decommissioning"]),
        new("CRM - Sales Cloud", "Customer relationship management for all sales teams.", "businessCritical", "perfect", "fullyAppropriate",
            ["2021-01-01", "2021-06-01", "2022-01-01", null, null], Alias: "SFDC",
            Capabilities: ["Customer Management", "Quotation Management", DemoNames.Sales], Processes: ["Quote Creation"],
            Groups: [("Sales Department", "user", 400), ("US Sales", "owner", 220)], Components: [("Salesforce Sales Cloud", 410000)],
            Projects: ["CRM Consolidation"]),
        new("CRM - Siebel", "Former CRM, read-only since the Sales Cloud go-live.", "businessOperational", "insufficient", "inappropriate",
            [null, "2006-01-01", "2007-01-01", "2021-06-01", "2025-12-31"], "BROKEN_QUALITY_SEAL", Release: "8.1",
            Capabilities: ["Customer Management"], Components: [("Oracle Siebel CRM", 80000), ("Oracle Database", 20000)], Projects: ["CRM Consolidation"]),
        new("E-Commerce Shop", "B2B web shop for spare parts and consumables.", "businessCritical", "appropriate", "fullyAppropriate",
            ["2023-05-01", "2024-02-01", "2024-11-01", null, null],
            Capabilities: ["Order Management", DemoNames.Sales], Processes: ["Order Fulfilment"], Groups: [("Sales Department", "owner", 15)],
            Components: [("Adobe Commerce", 95000), ("Amazon EC2", 36000)], Projects: ["E-Commerce Relaunch"]),
        new("Customer Portal", "Self-service portal for orders, invoices and tickets.", "businessOperational", "appropriate", "adequate",
            [null, "2019-03-01", "2019-09-01", null, null], Capabilities: ["Customer Management"],
            Components: [("Apache Tomcat", 2000), ("Amazon EC2", 14000)]),
        new("Supplier Portal", null, "businessOperational", "insufficient", "adequate", [null, "2017-01-01", "2017-06-01", null, null], "DRAFT",
            Capabilities: ["Supplier Management"], Processes: ["Purchase Order Processing"], Components: [("Apache Tomcat", 1500)]),
        new("Warehouse Management System", "Controls the high-bay warehouses in Germany and France.", "missionCritical", "appropriate", "adequate",
            [null, "2016-01-01", "2016-09-01", null, null], Release: "SAP EWM 9.5",
            Capabilities: ["Warehouse Management", DemoNames.Logistics], Processes: ["Goods Receipt", "Order Fulfilment"],
            Groups: [("Logistics Department", "owner", 210)], Components: [("SAP ECC", 60000), ("Dell PowerEdge R750", 12000)]),
        new("Transportation Management System", "Freight planning and carrier integration.", "businessCritical", "appropriate", "adequate",
            [null, "2018-01-01", "2018-07-01", null, null], Capabilities: ["Transportation Management"], Processes: ["Order Fulfilment"],
            Groups: [("Logistics Department", "user", 80)], Components: [("Microsoft SQL Server", 8000), ("Windows Server 2022", 4000)]),
        new("Product Lifecycle Management", "Engineering bill of materials and product data.", "businessCritical", "appropriate", "adequate",
            [null, "2015-01-01", "2015-06-01", null, null], Capabilities: ["Production Planning"],
            Components: [("Oracle Database", 40000), ("Red Hat Enterprise Linux", 6000)]),
        new("Manufacturing Execution System", "Shop-floor control in the plants.", "missionCritical", "appropriate", "inappropriate",
            [null, "2012-01-01", "2012-09-01", "2026-01-01", null], "BROKEN_QUALITY_SEAL",
            Capabilities: ["Production Planning", "Quality Management"], Processes: ["Production Execution"], Groups: [("Acme China Ltd.", "user", 900)],
            Components: [("Microsoft SQL Server", 15000), ("Windows Server 2016", 5000)]),
        new("Quality Management System", null, "businessOperational", "appropriate", "adequate", null,
            Capabilities: ["Quality Management"], Components: [("Microsoft SQL Server", 4000)]),
        new("Maintenance Planner", "Preventive maintenance planning for plant equipment.", "businessOperational", "insufficient", "adequate",
            [null, "2014-01-01", "2014-06-01", null, null], Capabilities: ["Plant Maintenance"]),
        new("Business Intelligence Platform", "Reporting and dashboards for management.", "businessCritical", "appropriate", "adequate",
            [null, "2019-01-01", "2019-06-01", null, null], Alias: "BI",
            Capabilities: ["Sales Analytics", "Financial Reporting", "Marketing Analytics"], Groups: [(DemoNames.AcmeHolding, "user", 150)],
            Components: [("Tableau Server", 70000), ("Windows Server 2022", 6000)], Projects: ["Data Platform Build"]),
        new("Data Warehouse", "Central analytical data store.", "businessCritical", "appropriate", "inappropriate",
            [null, "2013-01-01", "2013-06-01", "2025-06-01", null], Capabilities: ["Financial Reporting", "Sales Analytics"],
            Components: [("Oracle Database", 110000)], Projects: ["Data Platform Build"]),
        new("Data Platform", "Snowflake based successor of the Data Warehouse.", "businessCritical", "appropriate", "fullyAppropriate",
            ["2024-01-01", "2024-09-01", null, null, null], "DRAFT", Capabilities: ["Sales Analytics"],
            Components: [("Snowflake Data Cloud", 130000), ("Amazon S3", 9000)], Projects: ["Data Platform Build"]),
        new("Treasury Management System", "Cash management, payments and bank connectivity.", "missionCritical", "perfect", "adequate",
            [null, "2017-01-01", "2017-06-01", null, null], Capabilities: ["Treasury"], Processes: ["Payment Run", "Cash Collection"],
            Groups: [("Finance Department", "owner", 25)], Components: [("Microsoft SQL Server", 9000)]),
        new("Tax Engine", "Indirect tax determination for invoices.", "businessCritical", "appropriate", "adequate",
            [null, "2018-01-01", "2018-04-01", null, null], Capabilities: ["Tax Management"], Processes: [DemoNames.OrderToInvoice]),
        new("Group Consolidation Tool", "Legal and management consolidation.", "businessCritical", "appropriate", "adequate",
            [null, "2016-01-01", "2016-10-01", null, null], Capabilities: ["Financial Reporting", DemoNames.Controlling], Processes: ["Group Consolidation"],
            Groups: [(DemoNames.AcmeHolding, "owner", 10)], Components: [("Oracle Database", 12000)]),
        new("Payroll - Germany", "German payroll.", "missionCritical", "appropriate", "adequate", [null, "2010-01-01", "2010-06-01", null, null],
            Capabilities: ["Payroll"], Processes: ["Payroll Run"], Groups: [("Acme Germany GmbH", "owner", 6)],
            Components: [("SAP ECC", 45000)], Parent: DemoNames.HrGlobal),
        new("Payroll - US", "US payroll outsourced to a service provider.", "missionCritical", "appropriate", "adequate",
            [null, "2015-01-01", "2015-03-01", null, null], Capabilities: ["Payroll"], Processes: ["Payroll Run"], Groups: [("Acme Inc.", "owner", 4)],
            Parent: DemoNames.HrGlobal),
        new("Recruiting Portal", "Career site and applicant tracking.", "businessOperational", "appropriate", "fullyAppropriate",
            [null, "2020-09-01", "2021-01-01", null, null], Capabilities: ["Recruiting"], Processes: ["Recruiting & Onboarding"],
            Components: [("SAP SuccessFactors", 30000)]),
        new("Learning Management System", null, "administrativeService", "insufficient", "adequate", null, "DRAFT",
            Capabilities: ["Talent Management"]),
        new("Time Recording", "Clock-in terminals and time sheets.", "businessOperational", "appropriate", "inappropriate",
            [null, "2011-01-01", "2011-06-01", null, null], Capabilities: ["Time & Attendance"], Components: [("Microsoft SQL Server", 3000)]),
        new("Intranet", "Employee portal with news and documents.", "administrativeService", "appropriate", "adequate",
            [null, "2018-01-01", "2018-03-01", null, null], Capabilities: ["Web Content Management"], Groups: [(DemoNames.AcmeHolding, "user", 5200)],
            Components: [("Microsoft 365", 20000)]),
        new("Email & Collaboration", "Mail, chat and file sharing for all employees.", "missionCritical", "perfect", "fullyAppropriate",
            [null, "2018-01-01", "2018-06-01", null, null], Alias: "M365", Groups: [(DemoNames.AcmeHolding, "user", 5400)],
            Components: [("Microsoft 365", 480000)]),
        new("Document Management System", null, "businessOperational", "insufficient", "inappropriate", null, "BROKEN_QUALITY_SEAL"),
        new("IT Service Desk", "Incident, problem and change management.", "businessCritical", "perfect", "fullyAppropriate",
            [null, "2019-01-01", "2019-06-01", null, null], Capabilities: ["IT Service Management"], Groups: [("IT Department", "owner", 90)],
            Components: [("ServiceNow ITSM", 160000)], Projects: ["Cloud Migration Wave 1"]),
        new("Identity Management", "Joiner-mover-leaver and single sign-on.", "missionCritical", "appropriate", "fullyAppropriate",
            [null, "2020-06-01", "2021-01-01", null, null], Capabilities: ["Identity & Access Management"],
            Components: [("Okta Workforce Identity", 75000)], Projects: ["Zero Trust Security", "GDPR Compliance Programme"]),
        new("Marketing Automation", "Campaigns, newsletters and lead scoring.", "businessOperational", "appropriate", "fullyAppropriate",
            ["2022-01-01", "2022-05-01", "2022-09-01", null, null], Capabilities: ["Campaign Management"]),
        new("Web Content Management", "Public website acme.example.com.", "businessCritical", "appropriate", "adequate",
            [null, "2020-01-01", "2020-06-01", null, null], Capabilities: ["Web Content Management", "Marketing"],
            Components: [("Adobe Experience Manager", 120000)]),
        new("Mobile Sales App", "Offline order entry for field sales.", "businessOperational", "insufficient", "inappropriate",
            [null, "2016-01-01", "2016-06-01", "2024-01-01", null], Capabilities: ["Order Management"], Groups: [("US Sales", "user", 180)]),
        new("Expense Management", "Travel expenses and corporate cards.", "administrativeService", "appropriate", "fullyAppropriate",
            [null, "2019-01-01", "2019-04-01", null, null], Capabilities: ["Accounts Payable"]),
        new("Contract Management", null, "businessOperational", "appropriate", "adequate", [null, "2021-01-01", "2021-06-01", null, null], "DRAFT",
            Capabilities: ["Purchasing"]),
        new("Pricing Engine", "Customer-specific price calculation.", "businessCritical", "appropriate", "adequate",
            [null, "2019-06-01", "2020-01-01", null, null], Capabilities: ["Pricing"], Processes: ["Quote Creation"],
            Components: [("Java", 1000), ("Red Hat Enterprise Linux", 3000)]),
        new("Fleet Management", "Company cars and trucks.", "administrativeService", "unreasonable", "unreasonable", null, "REJECTED"),
        new("Integration Hub", "Central integration platform.", "missionCritical", "appropriate", "fullyAppropriate",
            ["2022-01-01", "2022-09-01", "2023-03-01", null, null], Components: [("MuleSoft Anypoint Platform", 190000), ("Apache Kafka", 25000)],
            Projects: ["Cloud Migration Wave 1"]),
        new("Legacy Middleware", "SAP PI/PO based integration.", "missionCritical", "insufficient", "inappropriate",
            [null, "2014-01-01", "2015-01-01", "2024-06-01", "2027-12-31"], Components: [("SAP PI/PO", 70000)])
    ];

    /// <summary>Applications that were switched off; archived with their relations (D22).</summary>
    private static readonly (string Name, string Description)[] Archived =
    [
        ("Old Intranet", "Lotus Notes based intranet, replaced by the Intranet."),
        ("Fax Gateway", "Order intake by fax, switched off in 2022.")
    ];

    public static void Add(SeedBuilder b)
    {
        var number = 1;
        foreach (var row in Apps)
        {
            var app = b.AddFactSheet(App, row.Name, row.Description, row.LxState,
                staleDays: row.LxState == "BROKEN_QUALITY_SEAL" ? 400 + number : null);
            b.Set(app, "externalId", DemoValues.ExternalId("APP", number++));
            b.Set(app, "businessCriticality", row.Criticality);
            b.Set(app, "functionalSuitability", row.Functional);
            b.Set(app, "technicalSuitability", row.Technical);
            if (row.Criticality == "missionCritical")
                b.Set(app, "businessCriticalityDescription", "Outage stops order intake, production or payments.");
            if (row.Technical is "inappropriate" or "unreasonable")
                b.Set(app, "technicalSuitabilityDescription", "Outdated technology with vendor support ending.");
            if (row.Alias is not null) b.Set(app, "alias", row.Alias);
            if (row.Release is not null) b.Set(app, "release", row.Release);
            if (row.Life is { } l) b.Set(app, "lifecycle", DemoValues.Lifecycle(l[0], l[1], l[2], l[3], l[4]));
        }

        foreach (var row in Apps)
        {
            var app = b.Get(App, row.Name);
            if (row.Parent is not null) b.Parent(app, b.Get(App, row.Parent));
            foreach (var c in row.Capabilities ?? []) b.Relate(app, "relApplicationToBusinessCapability", b.Get("BusinessCapability", c));
            foreach (var p in row.Processes ?? []) b.Relate(app, "relApplicationToProcess", b.Get("Process", p));
            foreach (var (group, usage, users) in row.Groups ?? [])
                b.Relate(app, "relApplicationToUserGroup", b.Get("UserGroup", group), null, null, null,
                    ("usageType", FieldValues.Keys(usage)), ("numberOfUsers", JsonValue.Create((long)users)));
            foreach (var (component, cost) in row.Components ?? [])
                b.Relate(app, "relApplicationToITComponent", b.Get("ITComponent", component), null, null, null,
                    ("costTotalAnnual", JsonValue.Create(cost)));
            foreach (var p in row.Projects ?? []) b.Relate(app, "relApplicationToProject", b.Get("Project", p));
        }

        foreach (var (name, description) in Archived)
        {
            var app = b.AddFactSheet(App, name, description, "APPROVED", Domain.FactSheetStatus.Archived, staleDays: 800);
            b.Set(app, "lifecycle", DemoValues.Lifecycle(null, "2005-01-01", "2005-06-01", "2020-01-01", "2022-06-30"));
            b.Set(app, "businessCriticality", "administrativeService");
        }
        b.Relate(b.Get(App, "Old Intranet"), "relToSuccessor", b.Get(App, "Intranet"));
        b.Relate(b.Get(App, "Fax Gateway"), "relApplicationToBusinessCapability", b.Get("BusinessCapability", "Order Management"));

        // Successions and dependencies in the portfolio.
        b.Relate(b.Get(App, DemoNames.LegacyErp), "relToSuccessor", b.Get(App, DemoNames.ErpGlobal), "2024-01-01", "2026-12-31", "Materials management moves to S/4HANA.");
        b.Relate(b.Get(App, DemoNames.ErpGlobalEcc), "relToSuccessor", b.Get(App, DemoNames.ErpGlobal), "2023-06-01", "2027-12-31");
        b.Relate(b.Get(App, "CRM - Siebel"), "relToSuccessor", b.Get(App, "CRM - Sales Cloud"));
        b.Relate(b.Get(App, "Data Warehouse"), "relToSuccessor", b.Get(App, "Data Platform"));
        b.Relate(b.Get(App, "Legacy Middleware"), "relToSuccessor", b.Get(App, "Integration Hub"));
        b.Relate(b.Get(App, "E-Commerce Shop"), "relToRequires", b.Get(App, "Pricing Engine"));
        b.Relate(b.Get(App, "Customer Portal"), "relToRequires", b.Get(App, "Identity Management"));
        b.Relate(b.Get(App, "Business Intelligence Platform"), "relToRequires", b.Get(App, "Data Warehouse"));

        // IT components used by (and operated for) organisational units.
        foreach (var (component, group) in new[]
        {
            ("Microsoft 365", DemoNames.AcmeHolding), ("Okta Workforce Identity", DemoNames.AcmeHolding), ("ServiceNow ITSM", "IT Department"),
            ("IBM Power System AS/400", "US Operations"), ("Dell PowerEdge R750", "IT Department"), ("Cisco Catalyst 9300", "Acme Germany GmbH")
        })
            b.Relate(b.Get("ITComponent", component), "relITComponentToUserGroup", b.Get("UserGroup", group));

        // Projects touching technology and vendors.
        foreach (var (project, component, provider) in new[]
        {
            ("ERP S/4HANA Migration", "SAP S/4HANA", "SAP SE"), ("Legacy ERP Decommissioning", "IBM Power System AS/400", "IBM"),
            ("CRM Consolidation", "Salesforce Sales Cloud", "Salesforce"), ("Cloud Migration Wave 1", "Amazon EC2", "Amazon Web Services"),
            ("Cloud Migration Wave 2", "Azure Kubernetes Service", "Microsoft"), ("Data Platform Build", "Snowflake Data Cloud", "Snowflake"),
            ("E-Commerce Relaunch", "Adobe Commerce", "Adobe")
        })
        {
            b.Relate(b.Get("Project", project), "relProjectToITComponent", b.Get("ITComponent", component));
            b.Relate(b.Get("Project", project), "relProjectToProvider", b.Get("Provider", provider));
        }
    }
}
