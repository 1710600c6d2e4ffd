using Microsoft.AspNetCore.Mvc.Filters;

namespace LeanIX.Automation.Web;

/// <summary>Adds a strict Content-Security-Policy (nonce-based), no framing, no sniffing and no caching to every menu page.</summary>
internal sealed class SecurityHeadersFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        var nonce = http.RequestServices.GetRequiredService<CspNonce>().Value;
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy =
            $"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache, no-store"; // what antiforgery sets too, so it need not override (and warn)
        headers.Pragma = "no-cache";
        return next();
    }
}
