using GraphQL.Types;
using LeanIX.Emulator.Graph.Execution;
using LeanIX.Emulator.Graph.Resolvers;
using LeanIX.Emulator.Graph.Schema;
using LeanIX.Emulator.Wire;

namespace LeanIX.Emulator.Graph.Types;

/// <summary>Tag, TagGroup (D13), User, Subscription, roles (D14), Document (D15) and log events.</summary>
public sealed class EntityTypes
{
    public EntityTypes(ValueTypes values, InputTypes inputs, IInterfaceGraphType baseFactSheet)
    {
        // Direct writers (issue 15) write what the resolver and the scalar would: Utf8JsonWriter writes a Guid as "D".
        var subscriptionTypes = DirectField.SelfNamed(inputs.SubscriptionType);
        Tag.Add("id", typeof(NonNullGraphType<IdGraphType>), c => Formats.Id(c.Src<TagNode>().Tag.Id))
            .WritesDirectly(static (s, json) => { json.WriteStringValue(((TagNode)s).Tag.Id); return true; });
        Tag.Add("name", typeof(StringGraphType), c => c.Src<TagNode>().Tag.Name)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((TagNode)s).Tag.Name));
        Tag.Add("description", typeof(StringGraphType), c => c.Src<TagNode>().Tag.Description)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((TagNode)s).Tag.Description));
        Tag.Add("color", typeof(StringGraphType), c => c.Src<TagNode>().Tag.Color)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((TagNode)s).Tag.Color));
        Tag.Add("status", typeof(StringGraphType), c => c.Src<TagNode>().Tag.Status)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((TagNode)s).Tag.Status));
        Tag.Add("tagGroup", TagGroup, c =>
        {
            var node = c.Src<TagNode>();
            return node.Tag.TagGroupId is { } g && node.View.TagGroups.Get(g) is { } group ? new TagGroupNode(node.View, group) : null;
        });
        TagConnection = values.Connection("Tag", Tag);

        TagGroup.Add("id", typeof(NonNullGraphType<IdGraphType>), c => Formats.Id(c.Src<TagGroupNode>().Group.Id))
            .WritesDirectly(static (s, json) => { json.WriteStringValue(((TagGroupNode)s).Group.Id); return true; });
        TagGroup.Add("name", typeof(StringGraphType), c => c.Src<TagGroupNode>().Group.Name)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((TagGroupNode)s).Group.Name));
        TagGroup.Add("shortName", typeof(StringGraphType), c => c.Src<TagGroupNode>().Group.ShortName)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((TagGroupNode)s).Group.ShortName));
        TagGroup.Add("description", typeof(StringGraphType), c => c.Src<TagGroupNode>().Group.Description)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((TagGroupNode)s).Group.Description));
        var tagGroupModes = DirectField.SelfNamed(inputs.TagGroupMode);
        TagGroup.Add("mode", inputs.TagGroupMode, c => c.Src<TagGroupNode>().Group.Mode)
            .WritesDirectly((s, json) => DirectField.WriteEnum(json, ((TagGroupNode)s).Group.Mode, tagGroupModes));
        TagGroup.Add("mandatory", typeof(BooleanGraphType), c => c.Src<TagGroupNode>().Group.Mandatory)
            .WritesDirectly(static (s, json) => DirectField.WriteBoolean(json, ((TagGroupNode)s).Group.Mandatory));
        TagGroup.Add("restrictToFactSheetTypes", new ListGraphType(inputs.FactSheetType),
            c => ExistingTypes(c, c.Src<TagGroupNode>().Group.RestrictToFactSheetTypes));
        TagGroup.Add("mandatoryForFactSheetTypes", new ListGraphType(inputs.FactSheetType),
            c => ExistingTypes(c, c.Src<TagGroupNode>().Group.MandatoryForFactSheetTypes));
        TagGroup.Add("tags", TagConnection, c =>
        {
            var node = c.Src<TagGroupNode>();
            var tags = node.View.Tags.OwnedBy(node.Group.Id).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id).ToList();
            return Paging.Page(tags, c.Int("first"), c.Str("after"), Paging.Snapshot("tags:" + node.Group.Id),
                t => new TagNode(node.View, t));
        }, Fields.Arg("first", typeof(IntGraphType)), Fields.Arg("after", typeof(StringGraphType)));
        TagGroupConnection = values.Connection("TagGroup", TagGroup);

        User.Add("id", typeof(NonNullGraphType<IdGraphType>), c => Formats.Id(c.Src<UserNode>().User.Id))
            .WritesDirectly(static (s, json) => { json.WriteStringValue(((UserNode)s).User.Id); return true; });
        User.Add("userName", typeof(StringGraphType), c => c.Src<UserNode>().User.UserName)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((UserNode)s).User.UserName));
        User.Add("email", typeof(StringGraphType), c => c.Src<UserNode>().User.Email)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((UserNode)s).User.Email));
        User.Add("firstName", typeof(StringGraphType), c => c.Src<UserNode>().User.FirstName)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((UserNode)s).User.FirstName));
        User.Add("lastName", typeof(StringGraphType), c => c.Src<UserNode>().User.LastName)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((UserNode)s).User.LastName));
        User.Add("displayName", typeof(StringGraphType), c => c.Src<UserNode>().User.DisplayName)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((UserNode)s).User.DisplayName));
        User.Add("technicalUser", typeof(BooleanGraphType), c => c.Src<UserNode>().User.TechnicalUser)
            .WritesDirectly(static (s, json) => DirectField.WriteBoolean(json, ((UserNode)s).User.TechnicalUser));
        UserMembers.Add(User);

        RoleLink.Add("id", typeof(NonNullGraphType<IdGraphType>), c => Formats.Id(c.Src<RoleLinkNode>().Link.RoleId))
            .WritesDirectly(static (s, json) => { json.WriteStringValue(((RoleLinkNode)s).Link.RoleId); return true; });
        RoleLink.Add("name", typeof(StringGraphType), c => c.Src<RoleLinkNode>().Role?.Name)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((RoleLinkNode)s).Role?.Name));
        RoleLink.Add("description", typeof(StringGraphType), c => c.Src<RoleLinkNode>().Role?.Description)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((RoleLinkNode)s).Role?.Description));
        RoleLink.Add("comment", typeof(StringGraphType), c => c.Src<RoleLinkNode>().Link.Comment)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((RoleLinkNode)s).Link.Comment));
        RoleLink.Add("subscriptionType", inputs.SubscriptionType, c => c.Src<RoleLinkNode>().Role?.SubscriptionType)
            .WritesDirectly((s, json) => DirectField.WriteEnum(json, ((RoleLinkNode)s).Role?.SubscriptionType, subscriptionTypes));
        RoleLink.Add("restrictToFactSheetTypes", new ListGraphType(inputs.FactSheetType),
            c => ExistingTypes(c, c.Src<RoleLinkNode>().Role?.RestrictToFactSheetTypes ?? []));

        Role.Add("id", typeof(NonNullGraphType<IdGraphType>), c => Formats.Id(c.Src<RoleNode>().Role.Id));
        Role.Add("name", typeof(StringGraphType), c => c.Src<RoleNode>().Role.Name);
        Role.Add("description", typeof(StringGraphType), c => c.Src<RoleNode>().Role.Description);
        Role.Add("subscriptionType", inputs.SubscriptionType, c => c.Src<RoleNode>().Role.SubscriptionType);
        Role.Add("restrictToFactSheetTypes", new ListGraphType(inputs.FactSheetType),
            c => ExistingTypes(c, c.Src<RoleNode>().Role.RestrictToFactSheetTypes));
        RoleConnection = values.Connection("SubscriptionRole", Role);

        Subscription.Add("id", typeof(NonNullGraphType<IdGraphType>), c => Formats.Id(c.Src<SubscriptionNode>().Subscription.Id))
            .WritesDirectly(static (s, json) => { json.WriteStringValue(((SubscriptionNode)s).Subscription.Id); return true; });
        Subscription.Add("type", inputs.SubscriptionType, c => c.Src<SubscriptionNode>().Subscription.Type)
            .WritesDirectly((s, json) => DirectField.WriteEnum(json, ((SubscriptionNode)s).Subscription.Type, subscriptionTypes));
        Subscription.Add("createdAt", typeof(StringGraphType), c => Formats.Timestamp(c.Src<SubscriptionNode>().Subscription.CreatedAt))
            .WritesDirectly(static (s, json) => DirectField.WriteTimestamp(json, ((SubscriptionNode)s).Subscription.CreatedAt));
        Subscription.Add("user", User, c =>
        {
            var node = c.Src<SubscriptionNode>();
            return node.View.Users.Get(node.Subscription.UserId) is { } u ? new UserNode(u) : null;
        });
        Subscription.Add("roles", new ListGraphType(RoleLink), c =>
        {
            var node = c.Src<SubscriptionNode>();
            return node.Subscription.Roles.Select(r => new RoleLinkNode(node.View, r, node.View.SubscriptionRoles.Get(r.RoleId))).ToList();
        });
        Subscription.Add("factSheet", baseFactSheet, c =>
        {
            var node = c.Src<SubscriptionNode>();
            return node.View.FactSheets.Get(node.Subscription.FactSheetId) is { } fs ? new FsNode(node.View, fs) : null;
        });
        SubscriptionConnection = values.Connection("Subscription", Subscription);

        Document.Add("id", typeof(NonNullGraphType<IdGraphType>), c => Formats.Id(c.Src<DocumentNode>().Document.Id))
            .WritesDirectly(static (s, json) => { json.WriteStringValue(((DocumentNode)s).Document.Id); return true; });
        Document.Add("name", typeof(StringGraphType), c => c.Src<DocumentNode>().Document.Name)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((DocumentNode)s).Document.Name));
        Document.Add("url", typeof(StringGraphType), c => c.Src<DocumentNode>().Document.Url)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((DocumentNode)s).Document.Url));
        Document.Add("description", typeof(StringGraphType), c => c.Src<DocumentNode>().Document.Description)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((DocumentNode)s).Document.Description));
        Document.Add("origin", typeof(StringGraphType), c => c.Src<DocumentNode>().Document.Origin)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((DocumentNode)s).Document.Origin));
        Document.Add("documentType", typeof(StringGraphType), c => c.Src<DocumentNode>().Document.DocumentType)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((DocumentNode)s).Document.DocumentType));
        Document.Add("metadata", typeof(StringGraphType), c => c.Src<DocumentNode>().Document.Metadata)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((DocumentNode)s).Document.Metadata));
        Document.Add("refId", typeof(StringGraphType), c => c.Src<DocumentNode>().Document.RefId)
            .WritesDirectly(static (s, json) => DirectField.WriteString(json, ((DocumentNode)s).Document.RefId));
        Document.Add("createdAt", typeof(StringGraphType), c => Formats.Timestamp(c.Src<DocumentNode>().Document.CreatedAt))
            .WritesDirectly(static (s, json) => DirectField.WriteTimestamp(json, ((DocumentNode)s).Document.CreatedAt));
        Document.Add("factSheetId", typeof(IdGraphType), c => Formats.Id(c.Src<DocumentNode>().Document.FactSheetId));
        DocumentConnection = values.Connection("Document", Document);

        LogEvent.Add("id", typeof(NonNullGraphType<IdGraphType>), c => c.Src<LogEventNode>().Change.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        LogEvent.Add("eventType", typeof(StringGraphType), c => c.Src<LogEventNode>().Change.EventType);
        LogEvent.Add("path", typeof(StringGraphType), c => c.Src<LogEventNode>().Change.Path);
        LogEvent.Add("oldValue", typeof(StringGraphType), c => LogValue(c.Src<LogEventNode>().Change.OldValue));
        LogEvent.Add("newValue", typeof(StringGraphType), c => LogValue(c.Src<LogEventNode>().Change.NewValue));
        LogEvent.Add("message", typeof(StringGraphType), c => c.Src<LogEventNode>().Change.Message);
        LogEvent.Add("secondsPast", typeof(LongGraphType),
            c => (long)Math.Max(0, (c.Graph().Now - c.Src<LogEventNode>().Change.CreatedAt).TotalSeconds));
        LogEvent.Add("createdAt", typeof(StringGraphType), c => Formats.Timestamp(c.Src<LogEventNode>().Change.CreatedAt));
        LogEvent.Add("user", User, c =>
        {
            var node = c.Src<LogEventNode>();
            return node.Change.UserId is { } id && node.View.Users.Get(id) is { } u ? new UserNode(u) : null;
        });
        LogEventConnection = values.Connection("LogEvent", LogEvent);
    }

    public ObjectGraphType Tag { get; } = new() { Name = "Tag" };
    public ObjectGraphType TagGroup { get; } = new() { Name = "TagGroup" };
    public ObjectGraphType User { get; } = new() { Name = "User" };
    public ObjectGraphType RoleLink { get; } = new() { Name = "SubscriptionRoleLink" };
    public ObjectGraphType Role { get; } = new() { Name = "SubscriptionRole" };
    public ObjectGraphType Subscription { get; } = new() { Name = "Subscription" };
    public ObjectGraphType Document { get; } = new() { Name = "Document" };
    public ObjectGraphType LogEvent { get; } = new() { Name = "LogEvent" };
    public ObjectGraphType TagConnection { get; }
    public ObjectGraphType TagGroupConnection { get; }
    public ObjectGraphType RoleConnection { get; }
    public ObjectGraphType SubscriptionConnection { get; }
    public ObjectGraphType DocumentConnection { get; }
    public ObjectGraphType LogEventConnection { get; }

    // Log values are strings: a D26/D80 field wrapper shows its value(s), anything else its JSON text.
    private static string? LogValue(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o when o.ContainsKey("type") && o.ContainsKey("value") && o.Count == 2 => FieldValues.AsString(o["value"]),
        System.Text.Json.Nodes.JsonObject o when o.ContainsKey("type") && o.ContainsKey("keyword") && o.Count == 2 => FieldValues.AsString(o["keyword"]),
        System.Text.Json.Nodes.JsonObject o when o.ContainsKey("type") && o.ContainsKey("values") && o.Count == 2 => FieldValues.AsString(o["values"]),
        _ => FieldValues.AsString(node)
    };

    // An enum value the current model doesn't know would fail serialisation; such stale type keys are dropped.
    private static List<string> ExistingTypes(GraphQL.IResolveFieldContext c, IEnumerable<string> types) =>
        types.Where(t => c.Graph().Workspace.Model.Types.ContainsKey(t)).ToList();
}
