using System.Text.Json.Nodes;
using LeanIX.Client.Webhooks;

namespace LeanIX.Client.Tests.Transport;

/// <summary>A sandbox built up by an admin: a tag group with tags, a role, webhooks, an integration and bookmarks that refer to them.</summary>
internal static class TransportScenario
{
    public const string IntegrationJson = """
        {
          "connectorType": "ci", "connectorId": "ci-apps", "connectorVersion": "1.0.0",
          "processingDirection": "inbound", "processingMode": "partial",
          "processors": [
            { "processorType": "inboundFactSheet", "processorName": "Apps", "type": "Application",
              "identifier": { "external": { "id": { "expr": "${content.id}" }, "type": { "expr": "externalId" } } },
              "updates": [ { "key": { "expr": "name" }, "values": [ { "expr": "${data.name}" } ] } ] },
            { "processorType": "inboundRelation", "processorName": "Uses", "type": "relApplicationToITComponent",
              "from": { "external": { "id": { "expr": "${content.id}" }, "type": { "expr": "externalId" } } },
              "to": { "external": { "id": { "expr": "${data.uses}" }, "type": { "expr": "externalId" } } } }
          ]
        }
        """;

    public static async Task<Sandbox> BuildAsync(LeanIXClient lx)
    {
        var group = await lx.Tags.CreateTagGroupAsync("Cost Center", "SINGLE", shortName: "CC", description: "Who pays",
            restrictToFactSheetTypes: ["Application"]);
        var cc100 = await lx.Tags.CreateTagAsync("Cost Center", "CC-100", "Finance", "#ff0000");
        await lx.Tags.CreateTagAsync("Cost Center", "CC-200", "Sales", "#00ff00");
        var role = await lx.SubscriptionRoles.CreateAsync("Data Curator", "Keeps the data clean", "RESPONSIBLE", ["Application"]);
        await lx.Webhooks.RegisterWebhookAsync("prod-sync", null, deliveryType: WebhookDeliveryType.Pull,
            tagSets: [WebhookTagSets.ForPathfinder(WebhookEventTags.FactSheetCreated)]);
        await lx.Webhooks.RegisterWebhookAsync("alerts", "http://127.0.0.1:9/hook", "robot", "s3cret-password", active: false,
            tagSets: [WebhookTagSets.ForPathfinder(WebhookEventTags.FactSheetArchived)]);
        await lx.Integrations.CreateConfigurationAsync(IntegrationConfiguration.Parse(IntegrationJson));
        var billing = await lx.FactSheets.CreateAsync("Application", "Billing");
        await lx.Bookmarks.CreateAsync(new Bookmark
        {
            Name = "Cost center apps", Type = BookmarkTypes.Inventory, Description = "Apps paid by CC-100",
            State = SearchState(group.Id, cc100.Id, role.Id)
        });
        await lx.Bookmarks.CreateAsync(new Bookmark
        {
            Name = "Billing landscape", Type = BookmarkTypes.Visualizer,
            State = new JsonObject { ["graphXml"] = $"<mxGraphModel><root><mxCell id=\"2\" factSheetId=\"{billing.Id}\"/></root></mxGraphModel>" }
        });
        return new Sandbox(group.Id, cc100.Id, role.Id, billing.Id);
    }

    /// <summary>A saved search over Applications tagged CC-100 (by group facet and by <c>_TAGS_</c>), showing Data Curators.</summary>
    public static JsonObject SearchState(Guid groupId, Guid tagId, Guid roleId) => new()
    {
        ["filter"] = new JsonObject
        {
            ["facetFilter"] = new JsonArray(
                new JsonObject { ["facetKey"] = "FactSheetTypes", ["operator"] = "OR", ["keys"] = new JsonArray("Application") },
                new JsonObject { ["facetKey"] = groupId.ToString(), ["operator"] = "OR", ["keys"] = new JsonArray(tagId.ToString()) },
                new JsonObject { ["facetKey"] = "_TAGS_", ["operator"] = "OR", ["keys"] = new JsonArray(tagId.ToString()) })
        },
        ["viewMode"] = "list",
        ["tableConfig"] = new JsonObject
        {
            ["columns"] = new JsonArray(new JsonObject { ["factSheetType"] = "Application", ["key"] = "subscriptions", ["subscriptionRoleId"] = roleId.ToString() })
        }
    };

    public sealed record Sandbox(Guid GroupId, Guid Cc100Id, Guid RoleId, Guid BillingId);
}
