using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace LeanIX.Client.Tests;

public class OptionsTests
{
    private static readonly PropertyInfo[] Settable =
        typeof(LeanIXClientOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToArray();

    [Fact]
    public void Every_public_option_reaches_the_client_through_the_constructor()
    {
        var options = NonDefaultOptions();
        using var client = new LeanIXClient(options);
        AssertSame(options, client.Connection.Options);
    }

    [Fact]
    public void Every_public_option_reaches_the_client_through_AddLeanIX()
    {
        var expected = NonDefaultOptions();
        var services = new ServiceCollection();
        services.AddLeanIX(o =>
        {
            foreach (var p in Settable) p.SetValue(o, p.GetValue(expected));
        });
        using var provider = services.BuildServiceProvider();
        AssertSame(expected, provider.GetRequiredService<LeanIXClient>().Connection.Options);
        Assert.Same(provider.GetRequiredService<LeanIXConnection>(), provider.GetRequiredService<LeanIXClient>().Connection);
    }

    [Fact]
    public void Every_option_differs_from_its_default_in_the_probe()
    {
        // Guards the two tests above: an option left at its default would pass them even if it were dropped.
        var defaults = new LeanIXClientOptions();
        var probe = NonDefaultOptions();
        Assert.NotEmpty(Settable);
        Assert.All(Settable, p => Assert.NotEqual(p.GetValue(defaults), p.GetValue(probe)));
    }

    private static LeanIXClientOptions NonDefaultOptions()
    {
        var options = new LeanIXClientOptions();
        for (var i = 0; i < Settable.Length; i++)
        {
            var p = Settable[i];
            object value = p.PropertyType switch
            {
                var t when t == typeof(string) => p.Name == nameof(LeanIXClientOptions.Host) ? "http://127.0.0.1:9" : $"{p.Name}-probe",
                var t when t == typeof(int) => 40 + i,
                var t when t == typeof(TimeSpan) => TimeSpan.FromSeconds(40 + i),
                var t when t == typeof(bool) => !(bool)p.GetValue(options)!,
                var t when t.IsEnum => Enum.GetValues(t).Cast<object>().Last(v => !v.Equals(p.GetValue(options))),
                var t => throw new InvalidOperationException($"Add a probe value for option {p.Name} of type {t.Name}.")
            };
            p.SetValue(options, value);
        }
        return options;
    }

    private static void AssertSame(LeanIXClientOptions expected, LeanIXClientOptions actual)
    {
        foreach (var p in Settable)
            Assert.True(Equals(p.GetValue(expected), p.GetValue(actual)), $"Option {p.Name} did not reach the client: {p.GetValue(actual)} instead of {p.GetValue(expected)}.");
    }
}
