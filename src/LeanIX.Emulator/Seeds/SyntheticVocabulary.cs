namespace LeanIX.Emulator.Seeds;

/// <summary>
/// Word lists for realistic generated names. A name is one element from each part; indexes walk the
/// combinations in a scrambled but fixed order, and a running suffix (" 2", " 3"…) keeps names
/// unique once all combinations are used.
/// </summary>
internal static class SyntheticVocabulary
{
    private static readonly string[] Domains =
    [
        "Customer", "Order", "Billing", "Payment", "Inventory", "Warehouse", "Supplier", "Product", "Pricing", "Claims",
        "Policy", "Payroll", "Recruiting", "Learning", "Asset", "Fleet", "Maintenance", "Quality", "Logistics", "Shipping",
        "Contract", "Document", "Analytics", "Reporting", "Forecast", "Planning", "Marketing", "Campaign", "Loyalty", "Service",
        "Ticket", "Identity", "Access", "Compliance", "Risk", "Audit", "Treasury", "Tax", "Expense", "Travel"
    ];

    private static readonly string[] Regions = ["", " - EMEA", " - Americas", " - APAC", " - Global", " - DE", " - US", " - UK", " - FR", " - CN"];

    private static readonly string[] BusinessObjects =
    [
        "Customer", "Supplier", "Material", "Product", "Order", "Invoice", "Payment", "Employee", "Contract", "Shipment",
        "Asset", "Account", "Ledger Entry", "Cost Center", "Price", "Campaign", "Lead", "Ticket", "Claim", "Policy"
    ];

    private static readonly string[] Departments =
        ["Sales", "Finance", "HR", "IT", "Logistics", "Production", "Marketing", "Procurement", "Legal", "Customer Service", "R&D", "Quality"];

    private static readonly string[] Countries =
        ["Germany", "France", "UK", "US", "China", "India", "Brazil", "Spain", "Italy", "Japan", "Mexico", "Canada", "Poland", "Netherlands", "Sweden"];

    private static readonly Dictionary<string, string[][]> Parts = new(StringComparer.Ordinal)
    {
        ["Application"] =
        [
            Domains,
            [" Portal", " Manager", " Hub", " Engine", " Service", " Platform", " System", " Tracker", " Gateway", " Workbench", " Studio", " Center", " Suite", " App", " Cloud"],
            Regions
        ],
        ["ITComponent"] =
        [
            ["Oracle Database", "PostgreSQL", "MySQL", "SQL Server", "MongoDB", "Redis", "Apache Kafka", "RabbitMQ", "Apache Tomcat", "Nginx",
             "Apache HTTP Server", "Kubernetes", "OpenShift", "Docker Engine", "Windows Server", "RHEL", "Ubuntu Server", "SUSE Linux", "VMware ESXi", "Java Runtime",
             ".NET Runtime", "Node.js", "Python", "Elasticsearch", "Splunk", "Jenkins", "GitLab", "SAP NetWeaver", "SAP HANA", "IBM MQ",
             "Dell PowerEdge", "HPE ProLiant", "Cisco Nexus", "NetApp ONTAP", "F5 BIG-IP", "Palo Alto Firewall", "AWS Lambda", "Azure SQL", "Google BigQuery", "Snowflake"],
            [" 1.0", " 2.1", " 3.4", " 4.2", " 5.0", " 7", " 8", " 9", " 10", " 11", " 12", " 14", " 15", " 16", " 17", " 19c", " 2016", " 2019", " 2022", " 2024"],
            ["", " (Prod)", " (Test)", " (DR)"]
        ],
        ["Interface"] =
        [
            Domains, [" to "], Domains,
            [" Customer", " Order", " Invoice", " Payment", " Stock", " Price", " Employee", " Shipment", " Master Data", " Event"],
            [" Feed", " API", " Sync", " Export", " Import"]
        ],
        ["DataObject"] =
        [
            ["Sales ", "Finance ", "HR ", "Logistics ", "Production ", "Marketing ", "Procurement ", "Service ", "IT ", "Legal "],
            BusinessObjects,
            ["", " Master", " Address", " Contact", " History", " Line Item", " Header", " Document", " Record", " Snapshot"]
        ],
        ["BusinessCapability"] =
        [
            ["", "Digital ", "Global ", "Regional ", "Strategic ", "Operational ", "Enterprise ", "Integrated ", "Core ", "Advanced "],
            ["Customer", "Order", "Product", "Supplier", "Finance", "Risk", "Workforce", "Asset", "Data", "Service",
             "Marketing", "Sales", "Logistics", "Production", "Procurement", "Compliance", "Innovation", "Partner", "Channel", "Portfolio"],
            [" Management", " Planning", " Analytics", " Operations", " Governance", " Development", " Engagement", " Optimization", " Administration", " Strategy"]
        ],
        ["Process"] = ProcessParts(),
        ["BusinessContext"] = ProcessParts(),
        ["UserGroup"] = OrganisationParts(),
        ["Organization"] = OrganisationParts(),
        ["Project"] = ProjectParts(),
        ["Initiative"] = ProjectParts(),
        ["Provider"] =
        [
            ["Globex", "Initech", "Umbrella", "Stark", "Wayne", "Wonka", "Tyrell", "Cyberdyne", "Soylent", "Hooli",
             "Vandelay", "Massive", "Aperture", "Gringotts", "Oscorp", "Nakatomi", "Sirius", "Blue Sun", "Monarch", "Dunder"],
            [" Software", " Systems", " Cloud", " Technologies", " Consulting", " Networks", " Data", " Solutions", " Labs", " Services"],
            [" Inc.", " GmbH", " Ltd", " SE", " AG", " LLC", " S.A.", " BV"]
        ],
        ["TechnicalStack"] =
        [
            ["Databases", "Operating Systems", "Application Servers", "Messaging", "Monitoring", "Security", "Networking", "Storage", "Compute", "Containers",
             "Analytics", "Integration", "Collaboration", "Development Tools", "Frontend Frameworks", "Backend Frameworks", "Identity", "Backup", "Virtualization", "Mobile"],
            ["", " - Cloud", " - On-Premise", " - Edge", " - Legacy"]
        ],
        ["Objective"] =
        [
            ["Increase ", "Reduce ", "Improve ", "Accelerate ", "Simplify ", "Grow ", "Secure ", "Modernize "],
            ["customer satisfaction", "IT costs", "time to market", "data quality", "cloud adoption", "revenue in APAC",
             "operational resilience", "employee experience", "security posture", "the application portfolio"],
            [" by 2026", " by 2027", " by 2028", " by 2030"]
        ],
        ["Platform"] =
        [
            ["Commerce", "Data", "Integration", "Customer Experience", "Workplace", "Manufacturing", "Finance", "HR", "Analytics", "IoT"],
            [" Platform"], Regions
        ]
    };

    private static string[][] ProcessParts() =>
    [
        ["Order", "Procure", "Hire", "Record", "Plan", "Design", "Issue", "Request", "Idea", "Lead",
         "Incident", "Source", "Forecast", "Market", "Campaign", "Acquire", "Onboard", "Bill", "Ship", "Return"],
        ["-to-Cash", "-to-Pay", "-to-Retire", "-to-Report", "-to-Produce", "-to-Resolution", "-to-Deliver", "-to-Invoice", "-to-Fulfil", "-to-Launch"],
        ["", " (B2B)", " (B2C)", " - EMEA", " - Americas", " - APAC", " Variant A", " Variant B"]
    ];

    private static string[][] OrganisationParts() => [Departments, [" "], Countries, [" Team", " Department", " Division", " Unit"]];

    private static string[][] ProjectParts() =>
    [
        Domains,
        [" Migration", " Modernization", " Rollout", " Consolidation", " Upgrade", " Implementation", " Harmonization", " Automation", " Decommissioning", " Transformation"],
        [" 2025", " 2026", " 2027", " Phase 1", " Phase 2", " Wave 3"]
    ];

    /// <summary>Names fact sheets of one type in a fixed scrambled order.</summary>
    public sealed class Namer
    {
        private readonly string[][] _parts;
        private readonly string _fallback;
        private readonly long _combinations;
        private readonly long _stride;

        public Namer(string type)
        {
            _fallback = type;
            _parts = Parts.GetValueOrDefault(type) ?? [];
            _combinations = _parts.Aggregate(1L, (n, p) => n * p.Length);
            // A stride coprime to the number of combinations visits each combination once per round.
            _stride = 7919;
            while (Gcd(_stride, _combinations) != 1) _stride += 2;
        }

        public string Name(int index)
        {
            if (_parts.Length == 0) return $"{_fallback} {index + 1}";
            var round = index / _combinations;
            var combination = index * _stride % _combinations;
            var pieces = new string[_parts.Length + 1];
            for (var i = _parts.Length - 1; i >= 0; i--)
            {
                pieces[i] = _parts[i][combination % _parts[i].Length];
                combination /= _parts[i].Length;
            }
            // "Billing to Billing …" reads wrong; a target outside the domain list keeps the name unique.
            if (_parts.Length > 2 && _parts[1] is [" to "] && pieces[0] == pieces[2]) pieces[2] = "Data Lake";
            pieces[^1] = round == 0 ? "" : " " + (round + 1);
            return string.Concat(pieces);
        }

        private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);
    }

    private static readonly string[] Openings =
    [
        "Supports the daily work of several business units across all regions.",
        "Introduced as part of the group-wide harmonisation programme and operated by central IT.",
        "Acquired with a subsidiary and integrated into the group landscape step by step.",
        "Provides the single source of truth for its business domain and feeds downstream reporting.",
        "Runs in the primary data centre with a warm standby in the secondary site.",
        "Is operated by an external managed-service partner under a multi-year contract.",
        "Was built in-house by the digital factory team and is developed in two-week sprints.",
        "Is used by business users in finance, sales and operations on a daily basis."
    ];

    private static readonly string[] Middles =
    [
        "The functional scope covers master data maintenance, transactional processing and period-end activities.",
        "Licences are negotiated centrally and charged back to the consuming companies by user count.",
        "Integration happens mostly through the central integration platform, with a few legacy file transfers left.",
        "Availability targets are 99.5 % during business hours; planned maintenance happens on weekends.",
        "Personal data is processed, so the data protection officer reviews every change to the interfaces.",
        "Recent audits found minor gaps in access reviews that are being closed by the owning team.",
        "The technology stack is partly outdated and the vendor has announced the end of mainstream support.",
        "Usage has grown steadily since the last rollout wave, especially in the Asia-Pacific companies."
    ];

    private static readonly string[] Closings =
    [
        "The target architecture keeps it as a strategic building block for the next five years.",
        "A successor is being evaluated; decommissioning is planned once all users have migrated.",
        "Further investments are frozen until the portfolio review decides on its future.",
        "Ownership moved to the new platform team, which is updating the documentation.",
        "Open questions about cost allocation are tracked in the architecture board backlog.",
        "No major changes are planned; the focus is on stable operations and security patches."
    ];

    /// <summary>
    /// A fixed pool of long descriptions (a few hundred characters each). Fact sheets share these
    /// strings, which keeps a 100 000 fact sheet workspace small in memory.
    /// </summary>
    public static string[] DescriptionPool(Random random, int size)
    {
        var pool = new string[size];
        for (var i = 0; i < size; i++)
            pool[i] = string.Join(' ', Openings[random.Next(Openings.Length)], Middles[random.Next(Middles.Length)],
                Middles[(i + 3) % Middles.Length], Closings[random.Next(Closings.Length)]);
        return pool;
    }

    public static readonly string[] FirstNames =
    [
        "Anna", "Ben", "Chloe", "David", "Elena", "Felix", "Grace", "Hugo", "Ines", "Jonas", "Karin", "Lukas", "Maria", "Noah", "Olga",
        "Paul", "Quinn", "Rosa", "Sven", "Tara", "Uwe", "Vera", "William", "Xenia", "Yusuf", "Zoe", "Aiko", "Bruno", "Chen", "Dmitri",
        "Emma", "Fatima", "Giulia", "Hannah", "Igor", "Julia", "Kenji", "Lea", "Mateo", "Nina"
    ];

    public static readonly string[] LastNames =
    [
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Smith", "Johnson", "Brown",
        "Taylor", "Wilson", "Martin", "Bernard", "Dubois", "Rossi", "Russo", "García", "Fernández", "López", "Silva", "Santos", "Wang", "Li",
        "Zhang", "Tanaka", "Suzuki", "Kowalski", "Nowak", "Jansen", "de Vries", "Andersson", "Nielsen", "Kumar", "Singh", "Ivanova", "Novak"
    ];
}
