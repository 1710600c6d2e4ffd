namespace LeanIX.Emulator.Seeds;

/// <summary>Acme's data objects and the interfaces that move them between applications.</summary>
internal static class DemoIntegration
{
    private const string DO = "DataObject";
    private const string IF = "Interface";
    private const string App = "Application";

    private static readonly (string Name, string? Parent, string? Description)[] DataObjects =
    [
        ("Customer", null, "Business partner buying from Acme."),
        ("Customer Address", "Customer", "Postal and delivery addresses."),
        ("Customer Contact", "Customer", null),
        ("Supplier", null, "Business partner selling to Acme."),
        ("Material", null, "Raw materials, semi-finished and finished goods."),
        ("Product", null, "Sellable product with its variants."),
        ("Price Condition", "Product", "Customer-specific prices and discounts."),
        ("Sales Order", null, "Customer order with items and schedule lines."),
        ("Purchase Order", null, "Order placed with a supplier."),
        ("Invoice", null, "Outgoing customer invoice."),
        ("Payment", null, "Incoming and outgoing payments."),
        ("Employee", null, "Person employed by an Acme company."),
        ("Payroll Result", "Employee", "Gross-to-net result per period."),
        ("GL Account", null, null),
        ("Cost Center", null, "Controlling object for overhead costs."),
        ("Shipment", null, "Goods on their way to the customer."),
        ("Contract", null, null),
        ("Ticket", null, "IT incident or service request.")
    ];

    private sealed record InterfaceRow(
        string Name, string Provider, string Consumer, string Direction, string[] DataObjects, string? Component,
        string? Description, string LxState = "APPROVED", string? Parent = null);

    private static readonly InterfaceRow[] Interfaces =
    [
        new("ERP - Global ECC to Data Warehouse", DemoNames.ErpGlobalEcc, "Data Warehouse", "outgoing", ["GL Account", "Cost Center", "Invoice"], "SAP PI/PO", "Nightly finance extract."),
        new("ERP - Global to Data Platform", DemoNames.ErpGlobal, "Data Platform", "outgoing", ["Sales Order", "Invoice", "Customer"], "MuleSoft Anypoint Platform", "Change data capture into Snowflake.", "DRAFT"),
        new("CRM to ERP Orders", "CRM - Sales Cloud", DemoNames.ErpGlobal, "outgoing", ["Sales Order", "Customer"], "MuleSoft Anypoint Platform", "Won opportunities become sales orders."),
        new("ERP to CRM Customer Master", DemoNames.ErpGlobal, "CRM - Sales Cloud", "outgoing", ["Customer", "Customer Address"], "MuleSoft Anypoint Platform", null),
        new("Shop Order Intake", "E-Commerce Shop", DemoNames.ErpGlobal, "outgoing", ["Sales Order"], "MuleSoft Anypoint Platform", "Web orders into S/4HANA."),
        new("Shop Price Lookup", "Pricing Engine", "E-Commerce Shop", "bidirectional", ["Price Condition"], null, "Synchronous REST price query."),
        new("Legacy ERP Material Sync", DemoNames.LegacyErp, DemoNames.ErpGlobalEcc, "outgoing", ["Material"], "SAP PI/PO", "Flat-file material master transfer.", "BROKEN_QUALITY_SEAL"),
        new("Legacy ERP Purchase Orders", DemoNames.LegacyErp, "Supplier Portal", "outgoing", ["Purchase Order", "Supplier"], null, null, "DRAFT"),
        new("HR to Payroll Germany", DemoNames.HrGlobal, "Payroll - Germany", "outgoing", ["Employee"], "SAP PI/PO", "Employee master data for payroll."),
        new("HR to Payroll US", DemoNames.HrGlobal, "Payroll - US", "outgoing", ["Employee"], "MuleSoft Anypoint Platform", "SFTP file to the payroll provider."),
        new("Payroll Posting", "Payroll - Germany", DemoNames.ErpGlobalEcc, "outgoing", ["Payroll Result", "GL Account"], "SAP PI/PO", "Posts payroll results to the ledger.", Parent: "HR to Payroll Germany"),
        new("HR to Identity Management", DemoNames.HrGlobal, "Identity Management", "outgoing", ["Employee"], null, "Joiner-mover-leaver events."),
        new("Bank Statements", "Treasury Management System", DemoNames.ErpGlobal, "incoming", ["Payment"], "Apache Kafka", "Daily bank statements."),
        new("Payment Proposals", DemoNames.ErpGlobal, "Treasury Management System", "outgoing", ["Payment", "Invoice"], "MuleSoft Anypoint Platform", null),
        new("Warehouse Orders", DemoNames.ErpGlobal, "Warehouse Management System", "outgoing", ["Sales Order", "Material"], "SAP PI/PO", "Deliveries to pick and pack."),
        new("Shipment Notifications", "Transportation Management System", "Customer Portal", "outgoing", ["Shipment"], "Apache Kafka", "Tracking events for customers."),
        new("Consolidation Data Load", DemoNames.ErpGlobalEcc, "Group Consolidation Tool", "outgoing", ["GL Account"], "SAP PI/PO", "Period-end trial balances."),
        new("BI Sales Feed", "Data Warehouse", "Business Intelligence Platform", "outgoing", ["Sales Order", "Invoice"], null, "Star schema for sales dashboards."),
        new("Tax Determination", DemoNames.ErpGlobal, "Tax Engine", "bidirectional", ["Invoice"], null, "Real-time tax calculation."),
        new("Service Desk User Sync", "Identity Management", "IT Service Desk", "outgoing", ["Employee"], null, null),
        new("PLM Product Release", "Product Lifecycle Management", DemoNames.ErpGlobalEcc, "outgoing", ["Product", "Material"], "SAP PI/PO", "Released products become materials."),
        new("PLM Product Release v2", "Product Lifecycle Management", DemoNames.ErpGlobal, "outgoing", ["Product", "Material"], "MuleSoft Anypoint Platform", "Successor of the PI/PO based release.", "DRAFT")
    ];

    public static void Add(SeedBuilder b)
    {
        foreach (var (name, _, description) in DataObjects)
            b.AddFactSheet(DO, name, description);
        foreach (var (name, parent, _) in DataObjects)
            if (parent is not null) b.Parent(b.Get(DO, name), b.Get(DO, parent));

        var number = 1;
        foreach (var row in Interfaces)
        {
            var fs = b.AddFactSheet(IF, row.Name, row.Description, row.LxState);
            b.Set(fs, "externalId", DemoValues.ExternalId("INT", number));
            b.Set(fs, "dataFlowDirection", row.Direction);
            if (number % 4 != 0) // a few interfaces without lifecycle
                b.Set(fs, "lifecycle", DemoValues.Lifecycle(null, $"{2014 + number % 10}-01-01", $"{2014 + number % 10}-04-01"));
            number++;
            b.Relate(fs, "relInterfaceToProviderApplication", b.Get(App, row.Provider));
            b.Relate(fs, "relInterfaceToConsumerApplication", b.Get(App, row.Consumer));
            foreach (var d in row.DataObjects) b.Relate(fs, "relInterfaceToDataObject", b.Get(DO, d));
            if (row.Component is not null) b.Relate(fs, "relInterfaceToITComponent", b.Get("ITComponent", row.Component));
            if (row.Parent is not null) b.Parent(fs, b.Get(IF, row.Parent));
        }
        b.Relate(b.Get(IF, "PLM Product Release"), "relToSuccessor", b.Get(IF, "PLM Product Release v2"));
        b.Relate(b.Get(IF, "Payroll Posting"), "relToRequires", b.Get(IF, "HR to Payroll Germany"));

        // Which applications own or use which data.
        foreach (var (app, objects) in new (string, string[])[]
        {
            (DemoNames.ErpGlobal, ["Customer", "Material", "Sales Order", "Purchase Order", "Invoice", "GL Account", "Cost Center"]),
            (DemoNames.ErpGlobalEcc, ["Customer", "Material", "Sales Order", "Invoice", "GL Account"]),
            (DemoNames.HrGlobal, ["Employee"]),
            (DemoNames.LegacyErp, ["Material", "Purchase Order"]),
            ("CRM - Sales Cloud", ["Customer", "Customer Contact"]),
            ("Payroll - Germany", ["Payroll Result"]),
            ("Treasury Management System", ["Payment"]),
            ("Transportation Management System", ["Shipment"]),
            ("Contract Management", ["Contract"]),
            ("IT Service Desk", ["Ticket"]),
            ("Product Lifecycle Management", ["Product"])
        })
            foreach (var d in objects) b.Relate(b.Get(App, app), "relApplicationToDataObject", b.Get(DO, d));
    }
}
