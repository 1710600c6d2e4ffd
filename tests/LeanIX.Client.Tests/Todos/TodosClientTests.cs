using LeanIX.Client.Todos;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.Todos;

/// <summary><c>lx.Todos</c> against the emulator's to-do service (admin.md §4, D49–D51).</summary>
public class TodosClientTests
{
    private static async Task<(FactSheet App, FactSheet Other, string User1, string User2)> FixtureAsync(LeanIXClient lx)
    {
        var apps = await lx.FactSheets.List("Application").ToListAsync();
        var users = (await lx.Users.AllAsync()).Where(u => !u.TechnicalUser).OrderBy(u => u.Email).ToList();
        return (apps[0], apps[1], users[0].Id.ToString(), users[1].Id.ToString());
    }

    [Fact]
    public async Task Create_query_update_close_and_delete_a_todo()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var lx = TestClients.For(host);
        var (app, other, user1, user2) = await FixtureAsync(lx);

        var created = await lx.Todos.CreateAsync(new NewTodo
        {
            FactSheetId = app.Id.ToString(), Title = "Add an owner", Description = "no owner yet", AssigneeIds = [user1],
            DueDate = new DateOnly(2026, 3, 1), ExternalId = "quality:owner"
        });
        Assert.True(Guid.TryParse(created.Id, out _));
        Assert.Equal(app.Id.ToString(), created.FactSheet!.Id);
        Assert.Equal("Application", created.FactSheet.Type);
        Assert.Equal(TodoState.Open, created.State);
        Assert.Equal(TodoCategory.ActionItem, created.Category);
        Assert.Equal(new DateOnly(2026, 3, 1), created.DueDate);
        Assert.Equal(user1, Assert.Single(created.Assignees).Id);
        Assert.NotNull(Assert.Single(created.Assignees).Email);
        await lx.Todos.CreateAsync(new NewTodo { FactSheetId = other.Id.ToString(), Title = "Elsewhere" });

        var onApp = await lx.Todos.QueryAsync(new TodoQuery { FactSheetIds = [app.Id.ToString()] });
        Assert.Equal(created.Id, Assert.Single(onApp).Id);
        Assert.Equal(created.Id, Assert.Single(await app.TodosAsync()).Id); // the seed's fs.todos(), still I/O-free on the snapshot
        Assert.Equal(created.Id, Assert.Single(await lx.Todos.QueryAsync(new TodoQuery { ExternalIds = ["quality:owner"] })).Id);

        var updated = await lx.Todos.UpdateAsync(created with { Title = "Add an owner now", Assignees = [new TodoUser(user2)], State = TodoState.InProgress });
        Assert.Equal("Add an owner now", updated.Title);
        Assert.Equal(user2, Assert.Single(updated.Assignees).Id);
        Assert.Equal(TodoState.InProgress, updated.State);
        Assert.Equal("no owner yet", updated.Description);

        var closed = await lx.Todos.CloseAsync(created.Id!);
        Assert.Equal((TodoState.Closed, TodoResolution.Accepted), (closed.State, closed.Resolution)); // D51
        Assert.Empty(await app.TodosAsync()); // open and in-progress only by default
        Assert.Single(await app.TodosAsync(states: [TodoState.Closed]));

        await lx.Todos.DeleteAsync([created.Id!]);
        Assert.Empty(await app.TodosAsync(states: [TodoState.Closed]));
        Assert.Single(await lx.Todos.List().ToListAsync());
    }

    [Fact]
    public async Task List_pages_and_filters_by_fact_sheet_state_and_category()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var lx = TestClients.For(host);
        var (app, other, _, _) = await FixtureAsync(lx);
        for (var i = 0; i < 5; i++) await lx.Todos.CreateAsync(new NewTodo { FactSheetId = app.Id.ToString(), Title = $"t{i}" });
        var question = await lx.Todos.CreateAsync(new NewTodo { FactSheetId = other.Id.ToString(), Title = "why?", Category = TodoCategory.Answer });
        await lx.Todos.AssignToMeAsync(question.Id!);

        var pages = new List<Page<Todo>>();
        await foreach (var page in lx.Todos.List(app.Id.ToString()).AsPages(pageSizeHint: 2)) pages.Add(page);
        Assert.Equal([2, 2, 1], pages.Select(p => p.Values.Count));
        Assert.Equal("why?", Assert.Single(await lx.Todos.List(states: [TodoState.InProgress]).ToListAsync()).Title);
        Assert.Equal("why?", Assert.Single(await lx.Todos.List(categories: [TodoCategory.Answer, TodoCategory.Approval]).ToListAsync()).Title);
        Assert.Equal(6, (await lx.Todos.List(states: TodoState.Active).ToListAsync()).Count);
    }

    [Fact]
    public async Task Accept_reject_assign_and_reply_act_as_the_caller_and_wrong_categories_are_refused()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var lx = TestClients.For(host);
        var (app, _, _, _) = await FixtureAsync(lx);
        var me = (await lx.Connection.GetWorkspaceAsync()).UserId.ToString();
        Task<Todo> NewAsync(string category) => lx.Todos.CreateAsync(new NewTodo { FactSheetId = app.Id.ToString(), Title = category, Category = category });

        var accepted = await lx.Todos.AcceptAsync((await NewAsync(TodoCategory.Link)).Id!);
        Assert.Equal((TodoState.Closed, TodoResolution.Accepted, me), (accepted.State, accepted.Resolution, accepted.Owner?.Id));
        var rejected = await lx.Todos.RejectAsync((await NewAsync(TodoCategory.Approval)).Id!, "not now");
        Assert.Equal((TodoState.Closed, TodoResolution.Rejected), (rejected.State, rejected.Resolution));
        var answered = await lx.Todos.ReplyAndCloseAsync((await NewAsync(TodoCategory.Answer)).Id!, "because");
        Assert.Equal((TodoState.Closed, "because"), (answered.State, answered.Reply));
        var action = await NewAsync(TodoCategory.ActionItem);
        var mine = await lx.Todos.AssignToMeAsync(action.Id!);
        Assert.Equal((TodoState.InProgress, me), (mine.State, mine.Owner?.Id));

        var refused = await Assert.ThrowsAnyAsync<LeanIXRequestFailedException>(() => lx.Todos.AcceptAsync(action.Id!));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("cannot be accepted", refused.Message);
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Todos.AssignToMeAsync(Guid.NewGuid().ToString()));
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Todos.CloseAsync(Guid.NewGuid().ToString()));
    }

    [Fact]
    public async Task CreateOrUpdateTodoAsync_keeps_a_matching_todo_and_replaces_one_whose_variable_fields_changed()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var lx = TestClients.For(host);
        var (app, _, user1, user2) = await FixtureAsync(lx);
        var created = new List<Todo>();
        Task OnCreated(Todo t, CancellationToken _) { created.Add(t); return Task.CompletedTask; }
        var wanted = new NewTodo { FactSheetId = app.Id.ToString(), Title = "Fill in the description", Description = "v1", AssigneeIds = [user1], DueDays = 14 };

        var first = await lx.Todos.CreateOrUpdateTodoAsync(wanted, onCreated: OnCreated);
        Assert.True(first.Created);
        Assert.Equal(DateOnly.FromDateTime(lx.Connection.Clock.GetUtcNow().UtcDateTime).AddDays(14), first.Todo.DueDate); // the client's clock

        var again = await lx.Todos.CreateOrUpdateTodoAsync(wanted, onCreated: OnCreated);
        Assert.False(again.Created);
        Assert.Equal(first.Todo.Id, again.Todo.Id);

        var changed = await lx.Todos.CreateOrUpdateTodoAsync(wanted with { Description = "v2", AssigneeIds = [user2] }, onCreated: OnCreated);
        Assert.True(changed.Created);
        Assert.Equal(1, changed.Deleted);
        Assert.Equal(changed.Todo.Id, Assert.Single(await app.TodosAsync()).Id);

        // Assignees compared as a set; a variable field left out of the comparison does not matter.
        var reordered = await lx.Todos.CreateOrUpdateTodoAsync(wanted with { Description = "v3", AssigneeIds = [user2] }, variableFields: [TodoField.Assignees]);
        Assert.False(reordered.Created);

        var forced = await lx.Todos.CreateOrUpdateTodoAsync(wanted with { Description = "v2", AssigneeIds = [user2] }, recreate: true, mailNotification: true, onCreated: OnCreated);
        Assert.True(forced.Created);
        Assert.Equal(1, forced.Deleted);
        Assert.Equal(3, created.Count);

        // Another title is another to-do; unique fields decide.
        var second = await lx.Todos.CreateOrUpdateTodoAsync(wanted with { Title = "Another" });
        Assert.True(second.Created);
        Assert.Equal(0, second.Deleted);
        Assert.Equal(2, (await app.TodosAsync()).Count);
    }

    [Fact]
    public async Task Bad_input_fails_before_sending_or_with_the_services_message()
    {
        await using var host = await EmulatorHost.StartAsync("demo");
        using var lx = TestClients.For(host);
        var (app, _, _, _) = await FixtureAsync(lx);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => lx.Todos.CreateAsync(new NewTodo { FactSheetId = "x", Title = "t" }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => lx.Todos.CreateAsync(new NewTodo { FactSheetId = app.Id.ToString(), Title = " " }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => lx.Todos.DeleteAsync(["nope"]));
        var unknownUser = await Assert.ThrowsAnyAsync<LeanIXRequestFailedException>(() =>
            lx.Todos.CreateAsync(new NewTodo { FactSheetId = app.Id.ToString(), Title = "t", AssigneeIds = [Guid.NewGuid().ToString()] }));
        Assert.Contains("not a user", unknownUser.Message);
        var badCategory = await Assert.ThrowsAnyAsync<LeanIXRequestFailedException>(() =>
            lx.Todos.CreateAsync(new NewTodo { FactSheetId = app.Id.ToString(), Title = "t", Category = "CHORE" }));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, badCategory.Status);
        await lx.Todos.DeleteAsync([]); // nothing to do, no request
    }

    [Fact]
    public async Task A_viewer_token_reads_todos_but_cannot_create_them()
    {
        var options = new EmulatorOptions();
        options.Workspaces.Add(new WorkspaceConfig { Seed = "demo" });
        await using var host = await EmulatorHost.StartAsync(options);
        using (await host.Workspace.LockAsync())
        {
            var tx = host.Workspace.Begin(null);
            tx.Users.Edit(host.Workspace.ApiTokens[host.ApiToken])!.PermissionRole = "VIEWER";
            host.Workspace.Commit(tx);
        }
        using var lx = TestClients.For(host);
        var (app, _, _, _) = await FixtureAsync(lx);
        Assert.Empty(await app.TodosAsync());
        var refused = await Assert.ThrowsAnyAsync<LeanIXRequestFailedException>(() => lx.Todos.CreateAsync(new NewTodo { FactSheetId = app.Id.ToString(), Title = "t" }));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.Status);
    }
}
