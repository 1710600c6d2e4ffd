using System.Text.Json.Nodes;
using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Store;

namespace LeanIX.Emulator.Tests.Graph;

/// <summary>Writes test data straight through a workspace transaction (no mutation engine needed).</summary>
public sealed class GraphData(Workspace workspace)
{
    private readonly List<Action<WorkspaceTransaction>> _steps = [];
    private static int _counter;

    public Guid FactSheet(string type, string name, Action<FactSheet>? configure = null)
    {
        var id = NextId();
        _steps.Add(tx =>
        {
            var now = tx.Now.AddSeconds(_steps.Count);
            var fs = new FactSheet { Id = id, Type = type, Name = name, CreatedAt = now, UpdatedAt = now };
            configure?.Invoke(fs);
            tx.FactSheets.Add(fs);
        });
        return id;
    }

    public Guid Relation(string definition, Guid fromId, Guid toId, Action<Relation>? configure = null)
    {
        var id = NextId();
        _steps.Add(tx =>
        {
            var r = new Relation { Id = id, DefinitionName = definition, FromId = fromId, ToId = toId, CreatedAt = tx.Now, UpdatedAt = tx.Now };
            configure?.Invoke(r);
            tx.Relations.Add(r);
        });
        return id;
    }

    public Guid TagGroup(string name, string mode = "MULTIPLE", params string[] restrictTo)
    {
        var id = NextId();
        _steps.Add(tx => tx.TagGroups.Add(new TagGroup { Id = id, Name = name, ShortName = name[..2], Mode = mode, RestrictToFactSheetTypes = [.. restrictTo] }));
        return id;
    }

    public Guid Tag(string name, Guid? groupId = null, string color = "#112233")
    {
        var id = NextId();
        _steps.Add(tx => tx.Tags.Add(new Tag { Id = id, Name = name, TagGroupId = groupId, Color = color, Description = name + " tag" }));
        return id;
    }

    public Guid User(string email, string first, string last)
    {
        var id = NextId();
        _steps.Add(tx => tx.Users.Add(new User { Id = id, UserName = email, Email = email, FirstName = first, LastName = last }));
        return id;
    }

    public Guid Subscription(Guid fsId, Guid userId, string type, params (Guid Role, string? Comment)[] roles)
    {
        var id = NextId();
        _steps.Add(tx => tx.Subscriptions.Add(new Subscription
        {
            Id = id, FactSheetId = fsId, UserId = userId, Type = type, CreatedAt = tx.Now,
            Roles = roles.Select(r => new SubscriptionRoleLink(r.Role, r.Comment)).ToList()
        }));
        return id;
    }

    public Guid Document(Guid fsId, string name, string? url)
    {
        var id = NextId();
        _steps.Add(tx => tx.Documents.Add(new Document { Id = id, FactSheetId = fsId, Name = name, Url = url, Origin = "CUSTOM_LINK", CreatedAt = tx.Now }));
        return id;
    }

    public void Change(Guid fsId, string eventType, string? path = null, JsonNode? oldValue = null, JsonNode? newValue = null, Guid? userId = null)
    {
        _steps.Add(tx => tx.Record(new ChangeRecord
        {
            EventType = eventType, EntityType = "FactSheet", EntityId = fsId, FactSheetId = fsId, Path = path,
            OldValue = oldValue, NewValue = newValue, UserId = userId
        }));
    }

    /// <summary>Commits everything queued so far in one transaction, under the workspace lock.</summary>
    public async Task CommitAsync()
    {
        using (await workspace.LockAsync())
        {
            var tx = workspace.Begin(null);
            foreach (var step in _steps) step(tx);
            workspace.Commit(tx);
        }
        _steps.Clear();
    }

    public static JsonObject Lifecycle(params (string Phase, string Start)[] phases) => new()
    {
        ["phases"] = new JsonArray(phases.Select(p => (JsonNode)new JsonObject { ["phase"] = p.Phase, ["startDate"] = p.Start }).ToArray())
    };

    // Unique across builders (several may write to one workspace); readable in failure messages.
    private static Guid NextId()
    {
        var n = Interlocked.Increment(ref _counter);
        return Guid.Parse($"a1b2c3d4-{n % 10000:D4}-4000-8000-{n:D12}");
    }
}
