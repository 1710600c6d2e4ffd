namespace LeanIX.Client.Authentication;

/// <summary>
/// When an access token is renewed: <see cref="LeanIXClientOptions.TokenRenewalLeadTime"/> before it expires, but never
/// earlier than half its lifetime. A token living shorter than the lead would otherwise be due as soon as it arrives,
/// and every request would exchange the API token again; this way there is one exchange per lifetime.
/// </summary>
internal static class RenewalSchedule
{
    /// <summary>The moment a token obtained at <paramref name="issuedAt"/> and expiring at <paramref name="expiresAt"/> is due.</summary>
    public static DateTimeOffset RenewAt(DateTimeOffset issuedAt, DateTimeOffset expiresAt, TimeSpan configuredLead)
    {
        var lifetime = expiresAt - issuedAt;
        if (lifetime <= TimeSpan.Zero) return expiresAt; // already expired by our clock: due now, the service will say
        var lead = TimeSpan.FromTicks(Math.Clamp(configuredLead.Ticks, 0, lifetime.Ticks / 2));
        return expiresAt - lead;
    }
}
