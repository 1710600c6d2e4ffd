using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Seeds;

/// <summary>The business architecture of Acme: capability map, process map, organisation and projects.</summary>
internal static class DemoBusiness
{
    private const string BC = "BusinessCapability";
    private const string Proc = "Process";
    private const string UG = "UserGroup";
    private const string Proj = "Project";

    // Capability map: level-1 capability, then its children; a '>' marks a level-3 child of the previous entry.
    private static readonly (string Root, string Description, string[] Children)[] Capabilities =
    [
        (DemoNames.Finance, "Plan, record and report the financial position of the Acme group.",
            ["Accounting", ">General Ledger", ">Accounts Payable", ">Accounts Receivable", DemoNames.Controlling, "Treasury", "Tax Management", "Financial Reporting"]),
        (DemoNames.Sales, "Win customers and turn demand into orders.",
            ["Customer Management", "Quotation Management", "Order Management", "Pricing", "Sales Analytics"]),
        (DemoNames.Logistics, "Move and store goods from suppliers to customers.",
            [DemoNames.MaterialsManagement, "Warehouse Management", "Transportation Management", "Inventory Management"]),
        ("Human Resources", "Attract, develop and pay Acme's people.",
            ["Recruiting", "Payroll", "Talent Management", "Time & Attendance"]),
        ("Production", "Make Acme's products in the plants.",
            ["Production Planning", "Quality Management", "Plant Maintenance"]),
        ("Marketing", "Build the Acme brand and generate demand.",
            ["Campaign Management", "Marketing Analytics", "Web Content Management"]),
        ("IT Management", "Run IT as a business.",
            ["Enterprise Architecture Management", "IT Service Management", "Identity & Access Management"]),
        ("Procurement", "Buy goods and services at the right price.",
            ["Supplier Management", "Purchasing"])
    ];

    private static readonly (string Root, string Description, string[] Children)[] Processes =
    [
        (DemoNames.QuoteToCash, "From the first quote to the cash on Acme's account.",
            [DemoNames.OrderToInvoice, "Quote Creation", "Order Fulfilment", "Cash Collection"]),
        ("Procure-to-Pay", "From the purchase requisition to the payment of the supplier.",
            ["Purchase Requisition", "Purchase Order Processing", "Goods Receipt", "Invoice Verification", "Payment Run"]),
        ("Hire-to-Retire", "The employee lifecycle from hiring to leaving.",
            ["Recruiting & Onboarding", "Payroll Run", "Offboarding"]),
        ("Record-to-Report", "Book, close and report the financial period.",
            ["Period-End Closing", "Group Consolidation"]),
        ("Plan-to-Produce", "Turn demand plans into finished goods.",
            ["Demand Planning", "Production Execution"])
    ];

    public static void Add(SeedBuilder b)
    {
        AddTree(b, BC, Capabilities, "BC");
        AddTree(b, Proc, Processes, "PRC");
        // Process lifecycles show which parts of the process map are being redesigned.
        b.Set(b.Get(Proc, DemoNames.QuoteToCash), "lifecycle", DemoValues.Lifecycle("2015-01-01", "2015-06-01", "2016-01-01"));
        b.Set(b.Get(Proc, DemoNames.OrderToInvoice), "lifecycle", DemoValues.Lifecycle("2015-01-01", "2015-06-01", "2016-01-01"));
        b.Set(b.Get(Proc, "Procure-to-Pay"), "lifecycle", DemoValues.Lifecycle("2016-03-01", null, "2016-09-01"));
        b.Set(b.Get(Proc, "Demand Planning"), "lifecycle", DemoValues.Lifecycle("2025-01-01", "2026-04-01", "2027-01-01"));

        foreach (var (process, capabilities) in new (string, string[])[]
        {
            (DemoNames.QuoteToCash, [DemoNames.Sales, "Order Management"]),
            (DemoNames.OrderToInvoice, ["Order Management", "Accounts Receivable"]),
            ("Quote Creation", ["Quotation Management", "Pricing"]),
            ("Cash Collection", ["Accounts Receivable", "Treasury"]),
            ("Procure-to-Pay", ["Procurement", "Purchasing"]),
            ("Goods Receipt", [DemoNames.MaterialsManagement, "Warehouse Management"]),
            ("Invoice Verification", ["Accounts Payable"]),
            ("Payment Run", ["Accounts Payable", "Treasury"]),
            ("Hire-to-Retire", ["Human Resources"]),
            ("Payroll Run", ["Payroll"]),
            ("Period-End Closing", ["General Ledger", DemoNames.Controlling]),
            ("Group Consolidation", ["Financial Reporting"]),
            ("Demand Planning", ["Production Planning"])
        })
            foreach (var capability in capabilities)
                b.Relate(b.Get(Proc, process), "relProcessToBusinessCapability", b.Get(BC, capability));

        AddOrganisation(b);
        AddProjects(b);
    }

    private static void AddTree(SeedBuilder b, string type, (string Root, string Description, string[] Children)[] tree, string idPrefix)
    {
        var number = 1;
        foreach (var (rootName, description, children) in tree)
        {
            var root = b.AddFactSheet(type, rootName, description);
            b.Set(root, "externalId", DemoValues.ExternalId(idPrefix, number++));
            FactSheet lastLevel2 = root;
            foreach (var entry in children)
            {
                var deep = entry.StartsWith('>');
                var name = deep ? entry[1..] : entry;
                // Quality gaps on purpose: every third leaf has no description, a few are still drafts.
                var child = b.AddFactSheet(type, name, number % 3 == 0 ? null : $"{name} within {rootName}.",
                    lxState: number % 7 == 0 ? "DRAFT" : number % 11 == 0 ? "BROKEN_QUALITY_SEAL" : "APPROVED");
                b.Set(child, "externalId", DemoValues.ExternalId(idPrefix, number++));
                b.Parent(child, deep ? lastLevel2 : root);
                if (!deep) lastLevel2 = child;
            }
        }
    }

    private static void AddOrganisation(SeedBuilder b)
    {
        var holding = b.AddFactSheet(UG, DemoNames.AcmeHolding, "Parent company of the Acme group, headquartered in Munich.");
        b.Set(holding, "location", FieldValues.Location(SeedPlaces.Munich));
        b.Set(holding, "externalId", DemoValues.ExternalId("ORG", 1));
        var companies = new (string Name, SeedPlace Place, string? Description)[]
        {
            ("Acme Germany GmbH", SeedPlaces.Frankfurt, "German operating company."),
            ("Acme France SAS", SeedPlaces.Paris, "French sales and production company."),
            ("Acme UK Ltd", SeedPlaces.London, null),
            ("Acme Inc.", SeedPlaces.Chicago, "North American operations."),
            ("Acme China Ltd.", SeedPlaces.Shanghai, "Manufacturing and sales in Greater China."),
            ("Acme Shared Services India", SeedPlaces.Bangalore, "Finance, HR and IT shared service centre.")
        };
        var number = 2;
        foreach (var (name, place, description) in companies)
        {
            var company = b.AddFactSheet(UG, name, description);
            b.Set(company, "location", FieldValues.Location(place));
            b.Set(company, "externalId", DemoValues.ExternalId("ORG", number++));
            b.Parent(company, holding);
        }
        foreach (var (department, parent) in new[]
        {
            ("Finance Department", "Acme Germany GmbH"), ("Sales Department", "Acme Germany GmbH"),
            ("HR Department", "Acme Germany GmbH"), ("IT Department", "Acme Germany GmbH"),
            ("Logistics Department", "Acme Germany GmbH"), ("US Sales", "Acme Inc."), ("US Operations", "Acme Inc.")
        })
        {
            var unit = b.AddFactSheet(UG, department, number % 2 == 0 ? $"{department} of {parent}." : null,
                lxState: department == "US Operations" ? "BROKEN_QUALITY_SEAL" : "APPROVED");
            b.Set(unit, "externalId", DemoValues.ExternalId("ORG", number++));
            b.Parent(unit, b.Get(UG, parent));
        }
    }

    private static void AddProjects(SeedBuilder b)
    {
        var projects = new (string Name, string? Parent, string? Description, string LxState, string? Plan, string? PhaseIn, string? Active, string? PhaseOut, string? EndOfLife)[]
        {
            ("S/4HANA Transformation", null, "Programme to move all ERP instances to SAP S/4HANA.", "APPROVED", "2022-01-01", "2023-01-01", null, null, null),
            ("ERP S/4HANA Migration", "S/4HANA Transformation", "Technical migration of ERP - Global ECC to S/4HANA.", "APPROVED", "2022-06-01", "2023-04-01", null, null, null),
            ("Legacy ERP Decommissioning", "S/4HANA Transformation", "Switch off the AS/400 based Legacy ERP.", "APPROVED", "2023-01-01", "2024-01-01", null, null, null),
            ("Cloud Migration", null, "Move data-centre workloads to public cloud.", "APPROVED", "2021-09-01", "2022-01-01", null, null, null),
            ("Cloud Migration Wave 1", "Cloud Migration", "Web and integration workloads.", "APPROVED", "2021-09-01", "2022-01-01", "2022-10-01", "2023-06-01", "2023-12-31"),
            ("Cloud Migration Wave 2", "Cloud Migration", null, "DRAFT", "2023-01-01", "2024-03-01", null, null, null),
            ("CRM Consolidation", null, "Replace Siebel by Salesforce in all sales companies.", "APPROVED", "2021-01-01", "2021-06-01", "2022-06-01", null, null),
            ("HR Cloud Rollout", null, "Roll out the global HR system to all companies.", "BROKEN_QUALITY_SEAL", "2020-01-01", "2020-09-01", "2021-06-01", null, null),
            ("Data Platform Build", null, "Snowflake based data platform for analytics.", "APPROVED", "2024-01-01", "2024-09-01", null, null, null),
            ("Zero Trust Security", null, null, "DRAFT", "2025-02-01", null, null, null, null),
            ("E-Commerce Relaunch", null, "New B2B shop on Adobe Commerce.", "APPROVED", "2023-05-01", "2024-02-01", "2024-11-01", null, null),
            ("GDPR Compliance Programme", null, "Data protection measures across all applications.", "APPROVED", "2017-06-01", "2017-10-01", "2018-05-25", "2019-01-01", "2019-06-30")
        };
        var number = 1;
        foreach (var p in projects)
        {
            var project = b.AddFactSheet(Proj, p.Name, p.Description, p.LxState);
            b.Set(project, "lifecycle", DemoValues.Lifecycle(p.Plan, p.PhaseIn, p.Active, p.PhaseOut, p.EndOfLife));
            b.Set(project, "externalId", DemoValues.ExternalId("PRJ", number++));
            if (p.Parent is not null) b.Parent(project, b.Get(Proj, p.Parent));
        }

        foreach (var (project, capabilities, processes, groups) in new (string, string[], string[], string[])[]
        {
            ("S/4HANA Transformation", [DemoNames.Finance, DemoNames.Logistics], [DemoNames.QuoteToCash, "Procure-to-Pay"], [DemoNames.AcmeHolding]),
            ("ERP S/4HANA Migration", [DemoNames.Finance, DemoNames.Controlling, DemoNames.Sales], [DemoNames.OrderToInvoice], ["Acme Germany GmbH", "Acme France SAS"]),
            ("Legacy ERP Decommissioning", [DemoNames.MaterialsManagement], ["Goods Receipt"], ["Acme Inc."]),
            ("CRM Consolidation", [DemoNames.Sales, "Customer Management"], ["Quote Creation"], ["Sales Department", "US Sales"]),
            ("HR Cloud Rollout", ["Human Resources", "Payroll"], ["Hire-to-Retire"], ["HR Department"]),
            ("Data Platform Build", ["Sales Analytics", "Financial Reporting"], [], ["IT Department"]),
            ("E-Commerce Relaunch", ["Order Management"], ["Order Fulfilment"], ["Sales Department"]),
            ("GDPR Compliance Programme", ["Identity & Access Management"], [], [DemoNames.AcmeHolding]),
            ("Cloud Migration Wave 1", ["IT Service Management"], [], ["IT Department"])
        })
        {
            var fs = b.Get(Proj, project);
            foreach (var c in capabilities) b.Relate(fs, "relProjectToBusinessCapability", b.Get(BC, c));
            foreach (var pr in processes) b.Relate(fs, "relProjectToProcess", b.Get(Proc, pr));
            foreach (var g in groups) b.Relate(fs, "relProjectToUserGroup", b.Get(UG, g));
        }
    }
}
