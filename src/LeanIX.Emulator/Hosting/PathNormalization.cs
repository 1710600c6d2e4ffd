namespace LeanIX.Emulator.Hosting;

/// <summary>
/// D79: every route ignores one trailing slash and collapses repeated slashes, as the real service's
/// framework does (the official Python client posts to <c>/services/mtm/v1/oauth2/token/</c>). The path
/// is rewritten before routing and before the bearer check, so both see the canonical path.
/// </summary>
public static class PathNormalization
{
    public static string Normalize(string path)
    {
        if (path.Length <= 1) return path;
        var collapsed = path.Contains("//", StringComparison.Ordinal) ? CollapseSlashes(path) : path;
        return collapsed.Length > 1 && collapsed[^1] == '/' ? collapsed[..^1] : collapsed;
    }

    private static string CollapseSlashes(string path)
    {
        var builder = new System.Text.StringBuilder(path.Length);
        foreach (var c in path)
            if (c != '/' || builder.Length == 0 || builder[^1] != '/') builder.Append(c);
        return builder.ToString();
    }

    public static WebApplication UsePathNormalization(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var path = context.Request.Path.Value;
            if (path is not null)
            {
                var normalized = Normalize(path);
                if (!ReferenceEquals(normalized, path)) context.Request.Path = new PathString(normalized);
            }
            return next(context);
        });
        return app;
    }
}
