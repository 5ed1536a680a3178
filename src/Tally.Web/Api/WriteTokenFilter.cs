using System.Security.Cryptography;
using System.Text;

namespace Tally.Web.Api;

/// <summary>
/// Whether a request may write. With no token configured (loopback only) every write may; otherwise
/// the request must carry the token as <c>Authorization: Bearer TOKEN</c> or as the form's
/// <c>token</c> field, compared in constant time.
/// </summary>
public sealed class WriteAccess(string? token)
{
    public bool NeedsToken => token is not null;

    public bool Allows(HttpContext context, string? formToken = null)
    {
        if (token is null) return true;
        var header = context.Request.Headers.Authorization.ToString();
        var presented = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : formToken;
        return presented is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(token));
    }
}

/// <summary>Refuses an API write without the server's token: 401 with problem details.</summary>
public sealed class WriteTokenFilter(WriteAccess access) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        access.Allows(context.HttpContext) ? next(context) : throw new WebInputException(StatusCodes.Status401Unauthorized, WebErrors.TokenRequired);
}
