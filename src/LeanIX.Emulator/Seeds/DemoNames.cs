namespace LeanIX.Emulator.Seeds;

/// <summary>Well-known names of the <c>demo</c> workspace, for tests and examples that look them up.</summary>
public static class DemoNames
{
    // Applications
    public const string ErpGlobal = "ERP - Global";
    public const string ErpGlobalEcc = "ERP - Global ECC";
    public const string HrGlobal = "HR - Global Human Resources System";
    public const string LeanIX = "LeanIX";
    public const string LegacyErp = "Legacy ERP";

    // Business capabilities
    public const string Controlling = "Controlling";
    public const string Finance = "Finance";
    public const string Logistics = "Logistics";
    public const string MaterialsManagement = "Materials Management";
    public const string Sales = "Sales";

    // Processes
    public const string QuoteToCash = "Quote-to-Cash";
    public const string OrderToInvoice = "Order-to-Invoice";

    // User groups, tags
    public const string AcmeHolding = "Acme Holding SE";
    public const string AcmeHoldingCountry = "Germany";
    public const string AcmeHoldingCity = "Munich";
    public const string CompanyTagGroup = "Company";
    public const string HoldingTag = "Holding";

    /// <summary>The tag group that allows one tag per fact sheet (mode SINGLE).</summary>
    public const string CloudReadinessTagGroup = "Cloud Readiness";

    // Users
    public const string JohnDoe = "john.doe@example.com";
    public const string JaneDoe = "jane.doe@example.com";
    public const string JohnDoeDisplayName = "John Doe";
    public const string JaneDoeDisplayName = "Jane Doe";
    public const string SystemOwnerRole = "System Owner";
}
