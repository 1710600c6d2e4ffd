using LeanIX.Emulator.Hosting;

namespace LeanIX.Emulator.Tests.Hosting;

public class SuppliedTokenTests
{
    [Fact]
    public void Tokens_the_user_chose_are_known_so_the_start_banner_never_prints_them()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lx-config-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"workspaces":[{"name":"A","apiTokens":["config-secret-1"]},{"name":"B","apiTokens":["config-secret-2"]}]}""");
        try
        {
            Assert.Equal(["cli-secret"], CommandLine.SuppliedTokens(["--seed", "empty", "--api-token", "cli-secret"]));
            Assert.Equal(new HashSet<string> { "config-secret-1", "config-secret-2" }, CommandLine.SuppliedTokens(["--config", path]));
            Assert.Empty(CommandLine.SuppliedTokens(["--seed", "demo"]));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
