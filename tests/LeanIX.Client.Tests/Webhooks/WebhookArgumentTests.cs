using System.Text;
using LeanIX.Client.Webhooks;

namespace LeanIX.Client.Tests.Webhooks;

/// <summary>Argument checks and the Basic header: these fail before any request, so the client points nowhere.</summary>
public class WebhookArgumentTests
{
    private static LeanIXClient Offline() => new(new LeanIXClientOptions { ApiToken = "offline-token-not-used", Host = "http://127.0.0.1:9" });

    [Fact]
    public void Basic_header_is_base64_of_user_colon_password_in_UTF8()
    {
        var header = WebhookAuthorization.Basic("hook", "päss:word");
        Assert.StartsWith("Basic ", header);
        Assert.Equal("hook:päss:word", Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..])));
        Assert.Equal("Basic ZGVtbzpkZW1v", WebhookAuthorization.Basic("demo", "demo")); // webhooks.md §2 example
    }

    [Fact]
    public void Basic_header_errors_never_contain_the_password()
    {
        const string password = "s3cret-Pa55";
        var e = Assert.Throws<ArgumentException>(() => WebhookAuthorization.Basic("a:b", password));
        Assert.DoesNotContain(password, e.Message);
        Assert.ThrowsAny<ArgumentException>(() => WebhookAuthorization.Basic(" ", password));
        Assert.Throws<ArgumentException>(() => WebhookAuthorization.Basic("user", null!));
    }

    [Fact]
    public async Task Register_checks_its_arguments_before_sending()
    {
        using var client = Offline();
        const string password = "s3cret-Pa55";
        var half = await Assert.ThrowsAsync<ArgumentException>(() => client.Webhooks.RegisterWebhookAsync("tk-hook", "https://example.org/hook", "user", null));
        Assert.Contains("both", half.Message);
        await Assert.ThrowsAsync<ArgumentException>(() => client.Webhooks.RegisterWebhookAsync("tk-hook", null, "user", password));
        var badUrl = await Assert.ThrowsAsync<ArgumentException>(() => client.Webhooks.RegisterWebhookAsync("tk-hook", "ftp://example.org/x", "user", password));
        Assert.DoesNotContain(password, badUrl.Message);
        await Assert.ThrowsAsync<ArgumentException>(() => client.Webhooks.RegisterWebhookAsync("tk-hook", "not a url"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Webhooks.RegisterWebhookAsync(" ", "https://example.org/hook"));
        await Assert.ThrowsAsync<ArgumentException>(() => client.Webhooks.RegisterWebhookAsync("tk-hook", "https://example.org/hook", tagSets: []));
    }

    [Fact]
    public async Task Other_operations_check_their_arguments_before_sending()
    {
        using var client = Offline();
        var w = client.Webhooks;
        await Assert.ThrowsAsync<ArgumentException>(() => w.GetAsync(Guid.Empty));
        await Assert.ThrowsAsync<ArgumentException>(() => w.UpdateAsync(new WebhookSubscription { Identifier = "x", TagSets = WebhookTagSets.Default, TargetUrl = "https://e.org" }));
        await Assert.ThrowsAsync<ArgumentException>(() => w.CreateAsync(new WebhookSubscription { Identifier = "", TagSets = WebhookTagSets.Default, TargetUrl = "https://e.org" }));
        await Assert.ThrowsAsync<ArgumentException>(() => w.CreateAsync(new WebhookSubscription { Identifier = "x", DeliveryType = WebhookDeliveryType.Push, TagSets = WebhookTagSets.Default }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => w.AdvanceCursorAsync(Guid.NewGuid(), -1));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => w.GetEventsAsync(Guid.NewGuid(), timeoutSeconds: -1));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => w.GetEventsAsync(Guid.NewGuid(), timeoutSeconds: 100)); // ≥ the 100 s request timeout
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => w.GetDeliveriesAsync(Guid.NewGuid(), new DeliveryListOptions { Size = 101 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => w.GetDeliveriesAsync(Guid.NewGuid(), new DeliveryListOptions { Page = 0 }));
        await Assert.ThrowsAsync<ArgumentException>(() => w.AddEventTypeAsync(Guid.NewGuid(), Array.Empty<string>()));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => w.FixEventTypesForToolkitAsync(""));
    }

    [Fact]
    public void A_subscription_serialises_as_the_documented_create_body_and_hides_its_secret_when_printed()
    {
        var s = new WebhookSubscription
        {
            Identifier = "demo-fs-updates", DeliveryType = WebhookDeliveryType.Push,
            TagSets = [["pathfinder", "FACT_SHEET_CREATED"]], TargetUrl = "https://hooks.example.org/leanix", TargetMethod = "POST",
            AuthorizationHeader = "Basic ZGVtbzpkZW1v", WorkspaceConstraint = WebhookWorkspaceConstraint.Workspace,
            PayloadMode = WebhookPayloadMode.WrappedEvent, Active = true
        };
        var json = System.Text.Json.JsonSerializer.SerializeToNode(s, LeanIX.Client.Wire.LeanIXJsonContext.Default.WebhookSubscription)!;
        Assert.Equal("PUSH", json["deliveryType"]!.GetValue<string>());
        Assert.Equal("WRAPPED_EVENT", json["payloadMode"]!.GetValue<string>());
        Assert.Equal("WORKSPACE", json["workspaceConstraint"]!.GetValue<string>());
        Assert.Equal("FACT_SHEET_CREATED", json["tagSets"]![0]![1]!.GetValue<string>());
        Assert.Null(json["id"]); // server-assigned members are not sent when unset
        Assert.DoesNotContain("ZGVtbzpkZW1v", s.ToString());
    }
}
