namespace LeanIX.Emulator.Rest.ReferenceData;

/// <summary>One item of a reference catalog (D65).</summary>
public sealed record CatalogItem(string Id, string Name, string Type, string? Provider, string? Category, string[] Aliases, string? Url)
{
    public string DisplayName => Provider is null || Name.StartsWith(Provider, StringComparison.OrdinalIgnoreCase) ? Name : $"{Provider} {Name}";
}

/// <summary>
/// D65: the small built-in catalogs the emulator searches, by source name: SaaS products (<c>saas</c>), IT components of the
/// technology lifecycle catalog (<c>ltls</c>), tech categories and business capabilities. Ids are stable so tests can name them.
/// </summary>
public static class ReferenceCatalog
{
    public static readonly IReadOnlyDictionary<string, CatalogItem[]> Sources = new Dictionary<string, CatalogItem[]>(StringComparer.Ordinal)
    {
        ["saas"] =
        [
            new("saas-salesforce-sales-cloud", "Sales Cloud", "Application", "Salesforce", "CRM", ["SFDC", "Salesforce CRM"], "https://www.salesforce.com/sales/"),
            new("saas-slack", "Slack", "Application", "Salesforce", "Collaboration", ["Slack Enterprise Grid"], "https://slack.com"),
            new("saas-jira-software", "Jira Software", "Application", "Atlassian", "Project Management", ["Jira"], "https://www.atlassian.com/software/jira"),
            new("saas-confluence", "Confluence", "Application", "Atlassian", "Collaboration", ["Confluence Cloud"], "https://www.atlassian.com/software/confluence"),
            new("saas-microsoft-teams", "Microsoft Teams", "Application", "Microsoft", "Collaboration", ["MS Teams", "Teams"], "https://www.microsoft.com/microsoft-teams"),
            new("saas-zoom", "Zoom Workplace", "Application", "Zoom", "Collaboration", ["Zoom", "Zoom Meetings"], "https://zoom.us"),
            new("saas-servicenow-itsm", "IT Service Management", "Application", "ServiceNow", "ITSM", ["ServiceNow ITSM", "SNOW"], "https://www.servicenow.com"),
            new("saas-workday-hcm", "Human Capital Management", "Application", "Workday", "HR", ["Workday HCM"], "https://www.workday.com"),
            new("saas-successfactors", "SuccessFactors", "Application", "SAP", "HR", ["SAP SuccessFactors"], "https://www.sap.com/products/hcm.html"),
            new("saas-github", "GitHub Enterprise Cloud", "Application", "GitHub", "Development", ["GitHub"], "https://github.com")
        ],
        ["ltls"] =
        [
            new("ltls-postgresql-16", "PostgreSQL 16", "ITComponent", "PostgreSQL Global Development Group", "Database", ["Postgres 16"], "https://www.postgresql.org"),
            new("ltls-postgresql-15", "PostgreSQL 15", "ITComponent", "PostgreSQL Global Development Group", "Database", ["Postgres 15"], "https://www.postgresql.org"),
            new("ltls-sql-server-2022", "SQL Server 2022", "ITComponent", "Microsoft", "Database", ["MSSQL 2022"], "https://www.microsoft.com/sql-server"),
            new("ltls-oracle-database-19c", "Oracle Database 19c", "ITComponent", "Oracle", "Database", ["Oracle 19c"], "https://www.oracle.com/database/"),
            new("ltls-rhel-9", "Red Hat Enterprise Linux 9", "ITComponent", "Red Hat", "Operating System", ["RHEL 9"], "https://www.redhat.com/rhel"),
            new("ltls-windows-server-2022", "Windows Server 2022", "ITComponent", "Microsoft", "Operating System", ["WS2022"], "https://www.microsoft.com/windows-server"),
            new("ltls-tomcat-10", "Apache Tomcat 10", "ITComponent", "Apache Software Foundation", "Application Server", ["Tomcat 10"], "https://tomcat.apache.org"),
            new("ltls-java-21", "Java SE 21", "ITComponent", "Oracle", "Runtime", ["JDK 21", "Java 21"], "https://www.oracle.com/java/"),
            new("ltls-nodejs-20", "Node.js 20", "ITComponent", "OpenJS Foundation", "Runtime", ["Node 20"], "https://nodejs.org"),
            new("ltls-kubernetes-1-30", "Kubernetes 1.30", "ITComponent", "Cloud Native Computing Foundation", "Container Orchestration", ["K8s 1.30"], "https://kubernetes.io")
        ],
        ["techCategory"] =
        [
            new("tc-database", "Database", "TechnicalStack", null, null, ["DBMS"], null),
            new("tc-operating-system", "Operating System", "TechnicalStack", null, null, ["OS"], null),
            new("tc-application-server", "Application Server", "TechnicalStack", null, null, [], null),
            new("tc-collaboration", "Collaboration", "TechnicalStack", null, null, [], null)
        ],
        ["businessCapability"] =
        [
            new("bc-sales", "Sales Management", "BusinessCapability", null, null, ["Sales"], null),
            new("bc-finance", "Financial Management", "BusinessCapability", null, null, ["Finance"], null),
            new("bc-hr", "Human Resources Management", "BusinessCapability", null, null, ["HR"], null),
            new("bc-procurement", "Procurement", "BusinessCapability", null, null, ["Purchasing"], null)
        ]
    };

    /// <summary>
    /// D65: without <paramref name="fuzzy"/>, items whose name, display name or an alias contains the query (case-insensitive);
    /// with it, items where every query word starts, or is one edit away from, a word of those names. Best first.
    /// </summary>
    public static IEnumerable<CatalogItem> Search(IEnumerable<CatalogItem> items, string query, bool fuzzy)
    {
        var q = query.Trim();
        if (q.Length == 0) return items.OrderBy(i => i.DisplayName, StringComparer.OrdinalIgnoreCase);
        return items.Select(i => (Item: i, Names: (string[])[i.Name, i.DisplayName, .. i.Aliases]))
            .Where(x => fuzzy ? TokensMatch(x.Names, q) : x.Names.Any(n => n.Contains(q, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(x => x.Names.Any(n => n.StartsWith(q, StringComparison.OrdinalIgnoreCase)) ? 0 : 1)
            .ThenBy(x => x.Item.DisplayName, StringComparer.OrdinalIgnoreCase)
            .Select(x => x.Item);
    }

    private static bool TokensMatch(string[] names, string query)
    {
        var words = names.SelectMany(Words).ToList();
        return Words(query).All(q => words.Any(w => w.StartsWith(q, StringComparison.OrdinalIgnoreCase) || (q.Length >= 4 && Distance(q, w) <= 1)));
    }

    private static string[] Words(string text) => text.ToLowerInvariant().Split([' ', '-', '.', '_', '/'], StringSplitOptions.RemoveEmptyEntries);

    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return 2;
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }
        return row[b.Length];
    }
}
