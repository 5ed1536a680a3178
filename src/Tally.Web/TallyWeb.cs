using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Tally.Ledger;
using Tally.Web.Analysis;
using Tally.Web.Api;
using Tally.Web.Pages;

namespace Tally.Web;

/// <summary>
/// Builds the <c>tally serve</c> application: Kestrel on the configured address, the JSON API, its
/// OpenAPI description and the pages, over one ledger. The CLI starts it; tests and the benchmark
/// start it on a free loopback port.
/// </summary>
public static class TallyWeb
{
    /// <summary>
    /// The application, ready to start. Throws <see cref="WebSetupException"/> when the options are
    /// unsafe (an open address without a token) or the ledger cannot be opened.
    /// </summary>
    public static WebApplication Create(TallyWebOptions options)
    {
        if (!options.IsLoopback && options.Token is null)
            throw new WebSetupException(WebErrors.NoTokenOnOpenAddress(options.Address.ToString()));
        try
        {
            // Opening once migrates the schema and fails here, with the ledger's message, rather than on the first request.
            using var _ = Tally.Ledger.Storage.LedgerDatabase.Open(options.Ledger);
        }
        catch (LedgerException e)
        {
            throw new WebSetupException(e.Message);
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(TallyWeb).Assembly.GetName().Name });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(options.Address, options.Port);
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            k.AddServerHeader = false;
        });

        var services = builder.Services;
        services.AddSingleton(new LedgerAccess(options.Ledger));
        services.AddSingleton<ConflictCache>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(options.Http ?? DefaultHttp());
        services.AddSingleton<LedgerQueries>();
        services.AddSingleton(new WriteAccess(options.Token));
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // Binding failures (malformed JSON, a body too large) throw, so they reach the handler and become problem details.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.DictionaryKeyPolicy = null;
        });
        services.AddOpenApi();
        services.AddRazorComponents();
        // Antiforgery keys live in memory: a restarted server only asks for the form to be reloaded, and no key file is written.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddAntiforgery();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders);
        app.UseAntiforgery();
        app.MapOpenApi();
        app.MapApi();
        app.MapPages();
        return app;
    }

    /// <summary>The address the server listens on once started (with the port the system picked when it was 0).</summary>
    public static Uri BaseAddress(this WebApplication app) =>
        new(app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    private static HttpClient DefaultHttp()
    {
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("tally/0.1 (+news figure ledger)");
        return http;
    }

    /// <summary>
    /// Article text is untrusted: pages carry no script at all, so the policy forbids every script, and
    /// Razor's encoding keeps text from becoming markup in the first place.
    /// </summary>
    private static Task SecurityHeaders(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return next(context);
    }
}

/// <summary>Options or a ledger the server cannot start with; the message says why and what to do.</summary>
public sealed class WebSetupException(string message) : Exception(message);

/// <summary>
/// Turns exceptions into RFC 7807 problem details for the API, or an error page for a browser: a
/// <see cref="WebInputException"/> or a bad request keeps its status and message; anything else is a
/// 500 that names no internals (the log has them).
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var (status, detail) = exception switch
        {
            WebInputException e => (e.Status, e.Message),
            BadHttpRequestException e => (e.StatusCode, e.Message),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred; the server's log has the details."),
        };
        if (status == StatusCodes.Status500InternalServerError) log.LogError(exception, "Unhandled error for {Path}", context.Request.Path);
        context.Response.StatusCode = status;
        if (!context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/openapi"))
        {
            await PageResults.Error(status, detail).ExecuteAsync(context);
            return true;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = ReasonPhrases.GetReasonPhrase(status), Detail = detail },
        });
    }
}
