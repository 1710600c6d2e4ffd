using LeanIX.Emulator.Domain;
using LeanIX.Emulator.Mutations;
using static LeanIX.Emulator.Tests.Mutations.MutationTestBed;

namespace LeanIX.Emulator.Tests.Mutations;

public class SubscriptionMutationTests
{
    [Fact]
    public void Create_by_id_bumps_the_fact_sheet_rev_and_emits_only_subscription_created()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "App");
        var sub = bed.Run(tx => SubscriptionMutations.Create(tx, app.Id, 0, new UserRef(AliceId, null), "RESPONSIBLE",
            [new RoleRef(ResponsibleRole, "runs it")]));

        var stored = bed.State.Subscriptions.Get(sub.Id)!;
        Assert.Equal(AliceId, stored.UserId);
        Assert.Equal(app.Id, stored.FactSheetId);
        Assert.Equal("RESPONSIBLE", stored.Type);
        Assert.Equal([new SubscriptionRoleLink(ResponsibleRole, "runs it")], stored.Roles);
        Assert.Equal(1, bed.Get(app.Id).Rev);
        var record = Assert.Single(bed.LastRecords);
        Assert.Equal(EventTypes.SubscriptionCreated, record.EventType);
        Assert.Equal(sub.Id, record.EntityId);
        Assert.Equal(app.Id, record.FactSheetId);
    }

    [Fact]
    public void User_is_found_by_email_case_insensitively_and_an_unknown_address_becomes_a_contact()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "App");
        var sub = bed.Run(tx => SubscriptionMutations.Create(tx, app.Id, null, new UserRef(null, "alice@EXAMPLE.com"), "OBSERVER", []));
        Assert.Equal(AliceId, bed.State.Subscriptions.Get(sub.Id)!.UserId);

        // D63 amends D14: an unknown e-mail address is made a CONTACT; text that is no address still fails.
        var contactSub = bed.Run(tx => SubscriptionMutations.Create(tx, app.Id, null, new UserRef(null, "nobody@example.com"), "RESPONSIBLE", []));
        var contact = bed.State.Users.Get(bed.State.Subscriptions.Get(contactSub.Id)!.UserId)!;
        Assert.Equal(("nobody@example.com", "CONTACT", "ACTIVE"), (contact.Email, contact.PermissionRole, contact.PermissionStatus));
        var byEmail = bed.Fails(tx => SubscriptionMutations.Create(tx, app.Id, null, new UserRef(null, "nobody at example"), "OBSERVER", []));
        Assert.Equal(MutationErrorType.BusinessLogic, byEmail.ErrorType);
        Assert.Equal("Subscription", byEmail.EntityType);
        Assert.Equal(MutationErrorType.BusinessLogic,
            bed.Fails(tx => SubscriptionMutations.Create(tx, app.Id, null, new UserRef(Guid.NewGuid(), null), "OBSERVER", [])).ErrorType);
        Assert.Equal(MutationErrorType.BusinessLogic,
            bed.Fails(tx => SubscriptionMutations.Create(tx, app.Id, null, new UserRef(null, null), "OBSERVER", [])).ErrorType);
    }

    [Fact]
    public void One_subscription_per_user_and_one_accountable_per_fact_sheet()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "App");
        bed.Run(tx => SubscriptionMutations.Create(tx, app.Id, null, new UserRef(AliceId, null), "ACCOUNTABLE", []));

        var twice = bed.Fails(tx => SubscriptionMutations.Create(tx, app.Id, null, new UserRef(null, "alice@example.com"), "OBSERVER", []));
        Assert.Equal(MutationErrorType.BusinessLogic, twice.ErrorType);
        Assert.Contains("already subscribed", twice.Message);
        var secondAccountable = bed.Fails(tx => SubscriptionMutations.Create(tx, app.Id, null, new UserRef(BobId, null), "ACCOUNTABLE", []));
        Assert.Contains("ACCOUNTABLE", secondAccountable.Message);
        Assert.Single(bed.State.Subscriptions.OwnedBy(app.Id));
    }

    [Fact]
    public void Roles_must_match_the_subscription_type_and_types_must_be_known()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "App");
        var mismatch = bed.Fails(tx => SubscriptionMutations.Create(tx, app.Id, null, new UserRef(AliceId, null), "OBSERVER", [new RoleRef(ResponsibleRole, null)]));
        Assert.Equal(MutationErrorType.BusinessLogic, mismatch.ErrorType);
        Assert.Equal(MutationErrorType.BusinessLogic,
            bed.Fails(tx => SubscriptionMutations.Create(tx, app.Id, null, new UserRef(AliceId, null), "OBSERVER", [new RoleRef(Guid.NewGuid(), null)])).ErrorType);
        Assert.Equal(MutationErrorType.BusinessLogic,
            bed.Fails(tx => SubscriptionMutations.Create(tx, app.Id, null, new UserRef(AliceId, null), "OWNER", [])).ErrorType);

        // A role without subscriptionType fits any type.
        var sub = bed.Run(tx => SubscriptionMutations.Create(tx, app.Id, null, new UserRef(AliceId, null), "OBSERVER", [new RoleRef(AnyRole, null)]));
        Assert.Single(bed.State.Subscriptions.Get(sub.Id)!.Roles);
    }

    [Fact]
    public void Update_changes_type_user_and_roles_with_the_same_rules()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "App");
        var bobs = bed.Run(tx => SubscriptionMutations.Create(tx, app.Id, null, new UserRef(BobId, null), "ACCOUNTABLE", []));
        var alices = bed.Run(tx => SubscriptionMutations.Create(tx, app.Id, null, new UserRef(AliceId, null), "OBSERVER", []));
        var rev = bed.Get(app.Id).Rev;

        bed.Run(tx => SubscriptionMutations.Update(tx, alices.Id, rev, new UserRef(AliceId, null), "RESPONSIBLE", [new RoleRef(ResponsibleRole, "c")]));
        var stored = bed.State.Subscriptions.Get(alices.Id)!;
        Assert.Equal("RESPONSIBLE", stored.Type);
        Assert.Equal("c", stored.Roles.Single().Comment);
        Assert.Equal(rev + 1, bed.Get(app.Id).Rev);
        Assert.Equal(EventTypes.SubscriptionUpdated, bed.LastRecords.Single().EventType);

        Assert.Equal(MutationErrorType.BusinessLogic,
            bed.Fails(tx => SubscriptionMutations.Update(tx, alices.Id, null, new UserRef(AliceId, null), "ACCOUNTABLE", [])).ErrorType);
        Assert.Equal(MutationErrorType.BusinessLogic,
            bed.Fails(tx => SubscriptionMutations.Update(tx, alices.Id, null, new UserRef(BobId, null), "OBSERVER", [])).ErrorType);
        // Bob may keep his own ACCOUNTABLE subscription when it is updated.
        bed.Run(tx => SubscriptionMutations.Update(tx, bobs.Id, null, new UserRef(BobId, null), "ACCOUNTABLE", [new RoleRef(AccountableRole, null)]));
        Assert.Single(bed.State.Subscriptions.Get(bobs.Id)!.Roles);

        var missing = Guid.NewGuid();
        Assert.Equal($"Subscription with id '{missing}' not found",
            bed.Fails(tx => SubscriptionMutations.Update(tx, missing, null, new UserRef(BobId, null), "OBSERVER", [])).Message);
    }

    [Fact]
    public void Delete_returns_the_fact_sheet_with_its_new_rev()
    {
        using var bed = new MutationTestBed();
        var app = bed.Create("Application", "App");
        var sub = bed.Run(tx => SubscriptionMutations.Create(tx, app.Id, null, new UserRef(AliceId, null), "OBSERVER", []));
        var returned = bed.Run(tx => SubscriptionMutations.Delete(tx, sub.Id, 1));

        Assert.Equal(app.Id, returned.Id);
        Assert.Equal(2, returned.Rev);
        Assert.Equal(2, bed.Get(app.Id).Rev);
        Assert.Null(bed.State.Subscriptions.Get(sub.Id));
        Assert.Equal(EventTypes.SubscriptionDeleted, bed.LastRecords.Single().EventType);

        var mismatch = bed.Fails(tx => SubscriptionMutations.Create(tx, app.Id, 0, new UserRef(AliceId, null), "OBSERVER", []));
        Assert.Equal("[FS_VALIDATION_REV_MISMATCH] Expected rev 0 but current rev is 2", mismatch.Message);
    }
}
