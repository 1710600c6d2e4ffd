using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Seeds;

/// <summary>Tag groups (two in SINGLE mode), ungrouped tags and documents on generated fact sheets.</summary>
internal sealed partial class SyntheticGenerator
{
    private static readonly (string Name, string Short, string Mode, string[] RestrictTo, (string Name, string Color)[] Tags)[] TagGroups =
    [
        ("Cloud Readiness", "CR", "SINGLE", ["Application", "ITComponent"], [("Cloud Native", "#00b050"), ("Cloud Ready", "#92d050"), ("Not Cloud Ready", "#ff0000")]),
        ("Data Classification", "DC", "SINGLE", ["Application", "DataObject", "Interface"],
            [("Public", "#9dc3e6"), ("Internal", "#2e75b6"), ("Confidential", "#ffc000"), ("Strictly Confidential", "#c00000")]),
        ("Region", "REG", "MULTIPLE", [], [("EMEA", "#5b9bd5"), ("Americas", "#ed7d31"), ("APAC", "#70ad47")]),
        ("Compliance", "COMP", "MULTIPLE", [], [("GDPR", "#7030a0"), ("SOX", "#44546a"), ("PCI-DSS", "#c55a11"), ("HIPAA", "#a5a5a5")])
    ];

    private static readonly string[] UngroupedTags = ["Strategic", "Needs Review", "Quick Win"];
    private static readonly string[] DocumentNames = ["Architecture Overview", "Operations Runbook", "Service Level Agreement", "Security Assessment", "Design Document"];

    private void AddTags()
    {
        var ids = new SyntheticIds("tag");
        var groups = new List<(TagGroup Group, Guid[] Tags)>();
        foreach (var (name, shortName, mode, restrictTo, tags) in TagGroups)
        {
            var group = new TagGroup
            {
                Id = ids.Next(), Name = name, ShortName = shortName, Mode = mode, Description = $"{name} of the fact sheet.",
                RestrictToFactSheetTypes = restrictTo.Where(_typeIndex.ContainsKey).ToList()
            };
            // A restriction to types the model lacks would leave the group unusable: skip it.
            if (restrictTo.Length > 0 && group.RestrictToFactSheetTypes.Count == 0) continue;
            _state.TagGroups.Put(group);
            var tagIds = new Guid[tags.Length];
            for (var i = 0; i < tags.Length; i++)
            {
                var tag = new Tag { Id = ids.Next(), Name = tags[i].Name, Color = tags[i].Color, TagGroupId = group.Id };
                _state.Tags.Put(tag);
                tagIds[i] = tag.Id;
            }
            groups.Add((group, tagIds));
        }
        var ungrouped = UngroupedTags.Select(n =>
        {
            var tag = new Tag { Id = ids.Next(), Name = n };
            _state.Tags.Put(tag);
            return tag.Id;
        }).ToArray();

        foreach (var sheets in _byType)
            foreach (var fs in sheets)
            {
                if (!Chance(0.45)) continue;
                foreach (var (group, tagIds) in groups)
                {
                    if (group.RestrictToFactSheetTypes.Count > 0 && !group.RestrictToFactSheetTypes.Contains(fs.Type)) continue;
                    if (!Chance(0.45)) continue;
                    var first = _random.Next(tagIds.Length);
                    fs.TagIds.Add(tagIds[first]);
                    // MULTIPLE groups sometimes carry a second tag; SINGLE groups never (D21).
                    if (group.Mode == "MULTIPLE" && Chance(0.25)) fs.TagIds.Add(tagIds[(first + 1) % tagIds.Length]);
                }
                if (Chance(0.15)) fs.TagIds.Add(Pick(ungrouped));
            }
    }

    private void AddDocuments()
    {
        var ids = new SyntheticIds("document");
        var urls = Enumerable.Range(1, 64).Select(i => $"https://wiki.example.com/display/EA/Page-{i:D3}").ToArray();
        foreach (var sheets in _byType)
            foreach (var fs in sheets)
            {
                if (!Chance(0.08)) continue;
                _state.Documents.Put(new Document
                {
                    Id = ids.Next(), FactSheetId = fs.Id, Name = Pick(DocumentNames), Url = Pick(urls), Origin = "CUSTOM_LINK",
                    CreatedAt = fs.UpdatedAt
                });
            }
    }
}
