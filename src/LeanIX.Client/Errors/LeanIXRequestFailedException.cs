using System.Net;

namespace LeanIX.Client;

/// <summary>
/// A request to LeanIX failed. Carries the HTTP status, the service's error code and message, the
/// request id and any GraphQL errors, but never the API or access token.
/// </summary>
public class LeanIXRequestFailedException : Exception
{
    /// <summary>Creates the exception; <paramref name="message"/> must already be redacted.</summary>
    public LeanIXRequestFailedException(string message, string operation, HttpStatusCode? status = null, string? errorCode = null,
        string? requestId = null, IReadOnlyList<GraphQLError>? graphQLErrors = null, Exception? inner = null)
        : base(message, inner)
    {
        Operation = operation;
        Status = status;
        ErrorCode = errorCode;
        RequestId = requestId;
        GraphQLErrors = graphQLErrors ?? [];
    }

    /// <summary>What was attempted, e.g. <c>POST /services/pathfinder/v1/graphql</c> or a GraphQL operation name.</summary>
    public string Operation { get; }

    /// <summary>The HTTP status, or null when no response arrived.</summary>
    public HttpStatusCode? Status { get; }

    /// <summary>The service's error code (REST <c>errors[].value</c>, OAuth <c>error</c> or GraphQL <c>errorType</c>).</summary>
    public string? ErrorCode { get; }

    /// <summary>The request id header of the response, if the service sent one.</summary>
    public string? RequestId { get; }

    /// <summary>Every GraphQL error of the response (D17).</summary>
    public IReadOnlyList<GraphQLError> GraphQLErrors { get; }
}

/// <summary>The API token was refused, or the access token was rejected even after renewal (401/403).</summary>
public sealed class LeanIXAuthenticationException(string message, string operation, HttpStatusCode? status = null, string? errorCode = null, string? requestId = null)
    : LeanIXRequestFailedException(message, operation, status, errorCode, requestId);

/// <summary>The fact sheet, user or other resource does not exist (404, or a GraphQL lookup that returned null).</summary>
public sealed class LeanIXNotFoundException(string message, string operation, HttpStatusCode? status = null, string? requestId = null)
    : LeanIXRequestFailedException(message, operation, status, null, requestId);

/// <summary>The rate limit was still exceeded after the retries (429).</summary>
public sealed class LeanIXRateLimitedException(string message, string operation, TimeSpan? retryAfter, string? requestId = null)
    : LeanIXRequestFailedException(message, operation, HttpStatusCode.TooManyRequests, "USER_INTERVAL_REQUEST_LIMIT_EXCEEDED", requestId)
{
    /// <summary>How long the service asked to wait, when it said.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

/// <summary>A GraphQL response with HTTP 200 and a non-empty <c>errors</c> array (D17).</summary>
public sealed class LeanIXBusinessException(string message, string operation, IReadOnlyList<GraphQLError> errors, string? requestId = null)
    : LeanIXRequestFailedException(message, operation, HttpStatusCode.OK, errors.FirstOrDefault()?.ErrorType, requestId, errors);
