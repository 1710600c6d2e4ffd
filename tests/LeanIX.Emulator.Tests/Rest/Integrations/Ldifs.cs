using System.Text.Json.Nodes;

namespace LeanIX.Emulator.Tests.Rest.Integrations;

/// <summary>Processor configurations and LDIFs the Integration API tests use (shapes of admin.md §1.2–1.3).</summary>
public static class Ldifs
{
    public const string ConnectorType = "cmdb";
    public const string ConnectorId = "cmdb-apps";

    /// <summary>
    /// Deployments become Applications (external id, name, description, criticality, lifecycle), ITComponents come from
    /// <c>data.components</c> (forEach), run 1 links them, tags go to group "Source" (created, D41), owners subscribe and
    /// documentation links become documents.
    /// </summary>
    public static JsonObject InboundConfiguration(string mode = "partial", JsonObject? deletionScope = null)
    {
        var config = Header("inbound", mode);
        config["processors"] = new JsonArray(
            new JsonObject
            {
                ["processorType"] = "inboundFactSheet", ["processorName"] = "Apps from Deployments",
                ["filter"] = new JsonObject { ["exactType"] = "Deployment" },
                ["identifier"] = External("${content.id}"),
                ["type"] = "Application",
                ["updates"] = new JsonArray(
                    Update("name", "${data.name}"),
                    Update("description", "${data.description}"),
                    Update("businessCriticality", "${data.criticality}"),
                    Update("lifecycle.active", "${data.live}"),
                    Update("alias", "${data.name.toUpperCase()}"))
            },
            new JsonObject
            {
                ["processorType"] = "inboundFactSheet", ["processorName"] = "Components",
                ["filter"] = new JsonObject { ["type"] = "Deploy" },
                ["forEach"] = "${data.components}",
                ["identifier"] = External("comp-${integration.valueOfForEach}"),
                ["type"] = "ITComponent",
                ["updates"] = new JsonArray(Update("name", "${integration.valueOfForEach}"))
            },
            new JsonObject
            {
                ["processorType"] = "inboundRelation", ["processorName"] = "App uses component", ["run"] = 1,
                ["filter"] = new JsonObject { ["exactType"] = "Deployment" },
                ["forEach"] = "${data.components}",
                ["from"] = External("${content.id}"),
                ["to"] = External("comp-${integration.valueOfForEach}"),
                ["type"] = "relApplicationToITComponent",
                ["updates"] = new JsonArray(Update("description", "from ${header.connectorId}"))
            },
            new JsonObject
            {
                ["processorType"] = "inboundTag", ["processorName"] = "Source tag", ["run"] = 1,
                ["filter"] = new JsonObject { ["exactType"] = "Deployment", ["advanced"] = "${!empty data.source}" },
                ["factSheets"] = new JsonObject { ["external"] = new JsonObject { ["ids"] = "${content.id}", ["type"] = new JsonObject { ["expr"] = "externalId" } } },
                ["updates"] = new JsonArray(Update("name", "${data.source}"), Update("group.name", "Source"), Update("group.mode", "SINGLE"))
            },
            new JsonObject
            {
                ["processorType"] = "inboundSubscription", ["processorName"] = "Owner", ["run"] = 1,
                ["filter"] = new JsonObject { ["exactType"] = "Deployment", ["advanced"] = "${data.owner != null}" },
                ["identifier"] = External("${content.id}"),
                ["updates"] = new JsonArray(Update("user", "${data.owner}"), Update("subscriptionType", "RESPONSIBLE"))
            },
            new JsonObject
            {
                ["processorType"] = "inboundDocument", ["processorName"] = "Docs", ["run"] = 1,
                ["filter"] = new JsonObject { ["exactType"] = "Deployment", ["advanced"] = "${data.docs != null}" },
                ["identifier"] = External("${content.id}"),
                ["updates"] = new JsonArray(Update("name", "Runbook"), Update("url", "${data.docs}"))
            });
        if (deletionScope is not null) config["deletionScope"] = deletionScope;
        return config;
    }

    public static JsonObject Header(string direction = "inbound", string mode = "partial") => new()
    {
        ["connectorType"] = ConnectorType, ["connectorId"] = ConnectorId, ["connectorVersion"] = "1.0.0",
        ["processingDirection"] = direction, ["processingMode"] = mode
    };

    public static JsonObject Ldif(params JsonObject[] content)
    {
        var ldif = Header();
        ldif.Remove("processingMode");
        ldif["lxVersion"] = "1.0.0";
        ldif["content"] = new JsonArray(content.Select(c => (JsonNode?)c).ToArray());
        return ldif;
    }

    public static JsonObject Deployment(string id, string name, string? criticality = null, string[]? components = null, string? source = null,
        string? owner = null, string? docs = null, string? live = null)
    {
        var data = new JsonObject { ["name"] = name, ["description"] = $"{name} (imported)" };
        if (criticality is not null) data["criticality"] = criticality;
        if (components is not null) data["components"] = new JsonArray(components.Select(c => (JsonNode?)c).ToArray());
        if (source is not null) data["source"] = source;
        if (owner is not null) data["owner"] = owner;
        if (docs is not null) data["docs"] = docs;
        if (live is not null) data["live"] = live;
        return new JsonObject { ["type"] = "Deployment", ["id"] = id, ["data"] = data };
    }

    public static JsonObject External(string id) => new()
    {
        ["external"] = new JsonObject { ["id"] = new JsonObject { ["expr"] = id }, ["type"] = new JsonObject { ["expr"] = "externalId" } }
    };

    public static JsonObject Update(string key, string expr) => new()
    {
        ["key"] = new JsonObject { ["expr"] = key },
        ["values"] = new JsonArray(new JsonObject { ["expr"] = expr })
    };
}
