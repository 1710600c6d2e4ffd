using System.Text.Json.Nodes;
using LeanIX.Emulator.Hosting;
using LeanIX.Emulator.Tests.Infrastructure;

namespace LeanIX.Emulator.Tests.Graph;

/// <summary>D35 facet semantics, one test per facet kind.</summary>
public sealed class FacetFilterTests : IAsyncLifetime
{
    private EmulatorHost _host = null!;
    private WireClient _client = null!;
    private Guid _crm, _erp, _shop, _db, _old, _group, _cloud, _onPrem, _otherTag, _user, _org, _child;

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync("empty");
        var d = new GraphData(_host.Workspace);
        _group = d.TagGroup("Hosting", "SINGLE");
        _cloud = d.Tag("Cloud", _group);
        _onPrem = d.Tag("On premise", _group);
        _otherTag = d.Tag("Legacy");
        _user = d.User("jane@example.org", "Jane", "Doe");
        _crm = d.FactSheet("Application", "CRM", fs =>
        {
            fs.TagIds = [_cloud, _otherTag];
            fs.LxState = "APPROVED";
            fs.Fields["businessCriticality"] = "missionCritical";
            fs.Fields["lifecycle"] = GraphData.Lifecycle(("plan", "2020-01-01"), ("active", "2021-01-01"), ("endOfLife", "2099-01-01"));
        });
        _erp = d.FactSheet("Application", "ERP", fs =>
        {
            fs.TagIds = [_onPrem];
            fs.LxState = "BROKEN_QUALITY_SEAL";
            fs.Fields["businessCriticality"] = "businessCritical";
            fs.Fields["lifecycle"] = GraphData.Lifecycle(("plan", "2090-01-01"));
        });
        _shop = d.FactSheet("Application", "Shop", fs => fs.TagIds = [_otherTag]);
        _child = d.FactSheet("Application", "Shop Mobile");
        _db = d.FactSheet("ITComponent", "DB");
        _old = d.FactSheet("Application", "Old", fs => fs.Status = "ARCHIVED");
        _org = d.FactSheet("Organization", "Sales");
        d.Relation("applicationITComponentRelation", _crm, _db);
        d.Relation("applicationOrganizationRelation", _erp, _org, r => r.Fields["usageType"] = new JsonArray("owner"));
        d.Relation("applicationChildParentRelation", _child, _shop);
        d.Subscription(_shop, _user, "RESPONSIBLE");
        await d.CommitAsync();
        _client = new WireClient(_host);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private async Task<List<string>> Names(string filter, string extraArgs = "")
    {
        var data = await _client.GraphQLDataAsync($$"""{ allFactSheets(filter: {{filter}}{{extraArgs}}) { totalCount edges { node { name } } } }""");
        var conn = data["allFactSheets"]!;
        var names = conn["edges"]!.AsArray().Select(e => (string)e!["node"]!["name"]!).ToList();
        Assert.Equal(names.Count, (int)conn["totalCount"]!);
        return names;
    }

    private static string Facet(string key, string op, params string[] keys) =>
        $$"""{facetKey: "{{key}}", operator: {{op}}, keys: [{{string.Join(", ", keys.Select(k => $"\"{k}\""))}}]}""";

    private static string Filter(params string[] facets) => $"{{facetFilters: [{string.Join(", ", facets)}]}}";

    [Fact]
    public async Task FactSheetTypes_facet_and_factSheetType_argument_and_only_active_without_TrashBin()
    {
        Assert.Equal(["CRM", "ERP", "Shop", "Shop Mobile"], await Names(Filter(Facet("FactSheetTypes", "OR", "Application"))));
        Assert.Equal(["DB"], await Names("{}", ", factSheetType: ITComponent"));
        Assert.Equal(["DB", "Sales"], await Names(Filter(Facet("FactSheetTypes", "NOR", "Application"))));
    }

    [Fact]
    public async Task TrashBin_facet_returns_only_archived()
    {
        Assert.Equal(["Old"], await Names(Filter(Facet("TrashBin", "OR", "archived"))));
    }

    [Fact]
    public async Task Tags_facet_with_OR_AND_NOR_and_tag_group_facet()
    {
        Assert.Equal(["CRM", "ERP"], await Names(Filter(Facet("_TAGS_", "OR", _cloud.ToString(), _onPrem.ToString()))));
        Assert.Equal(["CRM"], await Names(Filter(Facet("_TAGS_", "AND", _cloud.ToString(), _otherTag.ToString()))));
        Assert.Equal(["DB", "ERP", "Sales", "Shop Mobile"], await Names(Filter(Facet("_TAGS_", "NOR", _cloud.ToString(), _otherTag.ToString()))));
        Assert.Equal(["ERP"], await Names(Filter(Facet(_group.ToString(), "OR", _onPrem.ToString()))));
    }

    [Fact]
    public async Task Lifecycle_facet_with_phase_keys_any_and_date_filter()
    {
        Assert.Equal(["CRM"], await Names(Filter(Facet("lifecycle", "OR", "active"))));
        Assert.Equal(["CRM", "ERP"], await Names(Filter(Facet("lifecycle", "OR", "__any__"))));
        var inFuture = """{facetFilters: [{facetKey: "lifecycle", operator: OR, keys: ["plan"], dateFilter: {type: RANGE, from: "2090-06-01", to: "2090-12-31"}}]}""";
        Assert.Equal(["ERP"], await Names(inFuture));
        var past = """{facetFilters: [{facetKey: "lifecycle", operator: OR, keys: ["plan"], dateFilter: {type: POINT, from: "2020-06-01"}}]}""";
        Assert.Equal(["CRM"], await Names(past));
        var starts = """{facetFilters: [{facetKey: "lifecycle", operator: OR, keys: ["active"], dateFilter: {type: RANGE_STARTS, from: "2021-01-01", to: "2021-01-31"}}]}""";
        Assert.Equal(["CRM"], await Names(starts));
        var notStarting = """{facetFilters: [{facetKey: "lifecycle", operator: OR, keys: ["active"], dateFilter: {type: RANGE_STARTS, from: "2022-01-01", to: "2022-12-31"}}]}""";
        Assert.Empty(await Names(notStarting));
        var ends = """{facetFilters: [{facetKey: "lifecycle", operator: OR, keys: ["plan"], dateFilter: {type: RANGE_ENDS, from: "2020-12-01", to: "2020-12-31"}}]}""";
        Assert.Equal(["CRM"], await Names(ends));
    }

    [Fact]
    public async Task Select_field_facet_and_lxState_facet()
    {
        Assert.Equal(["ERP"], await Names(Filter(Facet("businessCriticality", "OR", "businessCritical"))));
        Assert.Equal(["CRM"], await Names(Filter(Facet("lxState", "OR", "APPROVED"))));
        Assert.Equal(["ERP"], await Names(Filter(Facet("lxState", "OR", "BROKEN_QUALITY_SEAL"))));
    }

    [Fact]
    public async Task Relation_facet_matches_target_ids_and_facets_combine_with_AND()
    {
        Assert.Equal(["CRM"], await Names(Filter(Facet("relApplicationToITComponent", "OR", _db.ToString()))));
        Assert.Equal(["ERP"], await Names(Filter(Facet("relApplicationToOrganization", "OR", _org.ToString()))));
        Assert.Empty(await Names(Filter(Facet("relApplicationToITComponent", "OR", _db.ToString()), Facet("lxState", "OR", "DRAFT"))));
        Assert.Equal(["CRM"], await Names(Filter(Facet("relApplicationToITComponent", "OR", _db.ToString()), Facet("lxState", "OR", "APPROVED"))));
    }

    [Fact]
    public async Task Relation_facet_with_subFilter_matches_through_related_fact_sheets()
    {
        var sub = """{facetFilters: [{facetKey: "relApplicationToITComponent", operator: OR, keys: [], subFilter: {quickSearch: "DB"}}]}""";
        Assert.Equal(["CRM"], await Names(sub));
        var none = """{facetFilters: [{facetKey: "relApplicationToITComponent", operator: OR, keys: [], subFilter: {quickSearch: "nothing"}}]}""";
        Assert.Empty(await Names(none));
    }

    [Fact]
    public async Task Subscriptions_and_hierarchyLevel_facets()
    {
        Assert.Equal(["Shop"], await Names(Filter(Facet("Subscriptions", "OR", _user.ToString()))));
        Assert.Equal(["Shop Mobile"], await Names(Filter(Facet("hierarchyLevel", "OR", "2"))));
    }

    [Fact]
    public async Task Ids_filter_and_FULL_TREE_hierarchy_include_descendants()
    {
        Assert.Equal(["Shop"], await Names($$"""{ids: ["{{_shop}}"]}"""));
        Assert.Equal(["Shop", "Shop Mobile"], await Names($$"""{ids: ["{{_shop}}"]}""", ", hierarchy: {mode: FULL_TREE}"));
        var child = (await _client.GraphQLDataAsync($$"""{ factSheet(id: "{{_child}}") { level displayName ... on Application { relToParent { edges { node { factSheet { name } } } } } } }"""))["factSheet"]!;
        Assert.Equal(2, (int)child["level"]!);
        Assert.Equal("Shop / Shop Mobile", (string?)child["displayName"]);
        Assert.Equal("Shop", (string?)child["relToParent"]!["edges"]![0]!["node"]!["factSheet"]!["name"]);
    }

    [Fact]
    public async Task Unknown_facet_key_is_a_business_error()
    {
        var result = await _client.GraphQLAsync("""{ allFactSheets(filter: {facetFilters: [{facetKey: "nope", keys: ["x"]}]}) { totalCount } }""");
        var error = result["errors"]![0]!;
        Assert.Equal("Unknown facet key 'nope'.", (string?)error["message"]);
        Assert.Equal("BUSINESS_LOGIC", (string?)error["extensions"]!["errorType"]);
    }

    [Fact]
    public async Task FilterOptions_doc_example_lists_facets_with_counts()
    {
        var data = await _client.GraphQLDataAsync("""
            { allFactSheets(factSheetType: Application) {
                filterOptions { facets {
                  facetKey possibleOperators operator
                  results { name key count }
                  dateFilter { from to type minDate maxDate }
                  relationFieldsFilterOperator
                  relationFieldsFilter { fieldName values { key selected } }
                } } } }
            """);
        var facets = data["allFactSheets"]!["filterOptions"]!["facets"]!.AsArray();
        JsonNode Facet(string key) => facets.Single(f => (string?)f!["facetKey"] == key)!;
        long Count(string facet, string key) => (long)Facet(facet)["results"]!.AsArray().Single(r => (string?)r!["key"] == key)!["count"]!;
        Assert.Equal(4, Count("FactSheetTypes", "Application"));
        Assert.Equal(0, Count("FactSheetTypes", "ITComponent"));
        Assert.Equal(1, Count("lxState", "APPROVED"));
        Assert.Equal(1, Count("businessCriticality", "businessCritical"));
        Assert.Equal(1, Count(_group.ToString(), _onPrem.ToString()));
        Assert.Equal(1, Count("relApplicationToITComponent", _db.ToString()));
        Assert.Equal(1, Count("TrashBin", "archived"));
        Assert.Equal("[\"OR\",\"AND\",\"NOR\"]", Facet("lxState")["possibleOperators"]!.ToJsonString());
    }
}
