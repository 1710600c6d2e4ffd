namespace LeanIX.Emulator.Auth;

/// <summary>
/// The one host setting tokens need. An interface rather than EmulatorOptions itself, so Auth does not
/// depend on Hosting; the options object implements it and is read live (tests may change it at run time).
/// </summary>
public interface ITokenSettings
{
    /// <summary>Lifetime of an issued access token (auth.md §3: 3600 s).</summary>
    int TokenLifetimeSeconds { get; }
}
