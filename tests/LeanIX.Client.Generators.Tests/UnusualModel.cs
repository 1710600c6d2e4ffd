namespace LeanIX.Client.Generators.Tests;

/// <summary>
/// A model with names that are hard to turn into C#: a type key with digits and one with spaces, labels with
/// markup characters, fields named like C# keywords and like base members, two relations to the same type,
/// and a relation to a type the snapshot does not define.
/// </summary>
internal static class UnusualModel
{
    public const string Snapshot = """
    {
      "dataModel": {
        "factSheets": {
          "Application": { "fields": { "name": { "type": "STRING" } }, "relations": [] },
          "Site3D": {
            "fields": {
              "name": { "type": "STRING" },
              "class": { "type": "STRING" },
              "event": { "type": "SINGLE_SELECT", "values": ["default", "new", "2x", "on-hold", "Key"] },
              "type": { "type": "STRING" },
              "site3D": { "type": "INTEGER" },
              "floor area (m²)": { "type": "DOUBLE" },
              "tags": { "type": "MULTIPLE_SELECT", "values": ["a", "b"] },
              "address": { "type": "LOCATION" },
              "status2": { "type": "PROJECT_STATUS" },
              "lifecycle": { "type": "LIFECYCLE", "values": ["plan", "active"] },
              "externalId": { "type": "EXTERNAL_ID" }
            },
            "relations": []
          },
          "SelectValues": { "fields": {}, "relations": [] },
          "class": { "fields": { "class": { "type": "STRING" } }, "relations": [] },
          "2nd Gen Platform": { "fields": { "event": { "type": "SINGLE_SELECT", "values": ["x"] } }, "relations": [] }
        },
        "relations": {
          "site3DHostedApplicationRelation": {
            "from": { "factSheetType": "Site3D", "name": "relSite3DToHostedApplication", "multiplicity": "MULTI" },
            "to": { "factSheetType": "Application", "name": "relHostedApplicationToSite3D", "multiplicity": "SINGLE" },
            "fields": { "share": { "type": "DOUBLE" } }
          },
          "site3DManagedApplicationRelation": {
            "from": { "factSheetType": "Site3D", "name": "relSite3DToManagedApplication", "multiplicity": "MULTI" },
            "to": { "factSheetType": "Application", "name": "relManagedApplicationToSite3D", "multiplicity": "MULTI" },
            "fields": {}
          },
          "site3DGhostRelation": {
            "from": { "factSheetType": "Site3D", "name": "relSite3DToGhost", "multiplicity": "MULTI" },
            "to": { "factSheetType": "Ghost", "name": "relGhostToSite3D", "multiplicity": "MULTI" },
            "fields": {}
          }
        }
      },
      "viewModel": {},
      "languages": {
        "en": {
          "factSheets": {
            "Site3D": { "__name": "3D Site & <Plant>", "__plural": "3D Sites", "class": "Class (\"category\")", "class.__help": "Line one\nline two <b>", "event.2x": "Twice" }
          },
          "relations": { "relSite3DToHostedApplication": { "__name": "Hosted Applications" } }
        }
      }
    }
    """;
}
