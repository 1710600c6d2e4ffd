using System.Text;
using LeanIX.Emulator.Domain;

namespace LeanIX.Emulator.Seeds;

/// <summary>Users (the named Acme people plus generated ones) and their subscriptions to fact sheets.</summary>
internal sealed partial class SyntheticGenerator
{
    private static readonly string?[] RoleComments = [null, null, null, "Primary contact", "Deputy", "Interim until re-organisation", "Budget owner"];

    // Role ids hash their names; computing them once keeps the per-subscription cost low.
    private static readonly Dictionary<string, Guid> RoleIds =
        StandardRoles.All.ToDictionary(r => r.Name, r => StandardRoles.IdOf(r.Name), StringComparer.Ordinal);

    private Guid[] _subscribers = [];

    private void AddPeople()
    {
        SeedUsers.Populate(_state, _now);
        var subscribers = SeedUsers.Subscribers.Select(SeedUsers.IdOf).ToList();
        // Roughly one user per 50 fact sheets, as in real workspaces with many read-only users.
        var generated = Math.Clamp(_count / 50, 20, 2_000);
        var first = SyntheticVocabulary.FirstNames;
        var last = SyntheticVocabulary.LastNames;
        for (var i = 0; i < generated; i++)
        {
            var firstName = first[i % first.Length];
            var lastName = last[(i / first.Length + i) % last.Length];
            var round = i / (first.Length * last.Length);
            var email = $"{Ascii(firstName)}.{Ascii(lastName)}{(round == 0 ? "" : round + 1)}@example.com";
            var roll = _random.NextDouble();
            var permission = roll < 0.05 ? "ADMIN" : roll < 0.7 ? "MEMBER" : "VIEWER";
            DateTimeOffset? lastLogin = Chance(0.1) ? null : _now.AddDays(-_random.Next(0, 730)).AddMinutes(-_random.Next(1440));
            var inactive = Chance(0.03);
            var user = SeedUsers.Create(email, firstName, lastName, permission, lastLogin,
                status: inactive ? "INACTIVE" : "ACTIVE", permissionStatus: inactive ? "ARCHIVED" : "ACTIVE");
            _state.Users.Put(user);
            if (!inactive && permission != "VIEWER") subscribers.Add(user.Id);
        }
        _subscribers = [.. subscribers];
    }

    private static string Ascii(string name)
    {
        var builder = new StringBuilder(name.Length + 2);
        foreach (var c in name.ToLowerInvariant())
        {
            switch (c)
            {
                case 'ü': builder.Append("ue"); break;
                case 'ö': builder.Append("oe"); break;
                case 'ä': builder.Append("ae"); break;
                case 'á' or 'à': builder.Append('a'); break;
                case 'é' or 'è': builder.Append('e'); break;
                case 'í': builder.Append('i'); break;
                case 'ó': builder.Append('o'); break;
                case ' ': break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// About two thirds of fact sheets get a responsible, a third an accountable (at most one, D14),
    /// a fifth an observer; a user is subscribed at most once per fact sheet.
    /// </summary>
    private void AddSubscriptions()
    {
        var ids = new SyntheticIds("subscription");
        var chosen = new int[3];
        foreach (var sheets in _byType)
            foreach (var fs in sheets)
            {
                var taken = 0;
                if (Chance(0.65))
                    Subscribe(ids, fs, chosen, ref taken, "RESPONSIBLE",
                        fs.Type == "Application" ? (Chance(0.5) ? "System Owner" : "Application Owner") : Chance(0.5) ? "Solution Architect" : null);
                if (Chance(0.35)) Subscribe(ids, fs, chosen, ref taken, "ACCOUNTABLE", Chance(0.6) ? "Business Owner" : "IT Owner");
                if (Chance(0.2))
                    Subscribe(ids, fs, chosen, ref taken, "OBSERVER", Chance(0.5) ? "Observer" : fs.Type == "DataObject" ? "Data Steward" : null);
            }
    }

    private void Subscribe(SyntheticIds ids, FactSheet fs, int[] chosen, ref int taken, string type, string? role)
    {
        var user = _random.Next(_subscribers.Length);
        for (var attempt = 0; attempt < 8 && Array.IndexOf(chosen, user, 0, taken) >= 0; attempt++)
            user = _random.Next(_subscribers.Length);
        if (Array.IndexOf(chosen, user, 0, taken) >= 0) return;
        chosen[taken++] = user;
        var at = fs.CreatedAt.AddDays(_random.Next(0, 30));
        var subscription = new Subscription
        {
            Id = ids.Next(), FactSheetId = fs.Id, UserId = _subscribers[user], Type = type, CreatedAt = at > _now ? _now : at
        };
        if (role is not null) subscription.Roles.Add(new SubscriptionRoleLink(RoleIds[role], Pick(RoleComments)));
        _state.Subscriptions.Put(subscription);
    }
}
