namespace LeanIX.Emulator.Auth;

/// <summary>
/// Reads the token request's form without ever failing the request with a 500: a malformed multipart
/// body, more form keys than the framework allows (1,024) or a truncated body is a 400, a form value
/// over the framework's 4 MB or a body over the request limit a 413 (issue 9), in the OAuth shape (D4).
/// </summary>
public static class TokenForm
{
    public sealed record Refusal(int Status, string Message);

    public static async Task<(IFormCollection? Form, Refusal? Error)> ReadAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType) return (null, null);
        try
        {
            return (await context.Request.ReadFormAsync(context.RequestAborted), null);
        }
        catch (BadHttpRequestException e)
        {
            return (null, new Refusal(e.StatusCode == 413 ? 413 : 400, e.StatusCode == 413 ? "Request body too large" : "Malformed request body"));
        }
        catch (InvalidDataException e) when (e.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase))
        {
            return (null, new Refusal(413, "A form value is too large: " + e.Message));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or ArgumentException)
        {
            return (null, new Refusal(400, "Malformed form body: " + e.Message));
        }
    }
}
