using System.CommandLine;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Tally.Ledger.Storage;
using Tally.Web;

namespace Tally.Cli.Commands;

/// <summary><c>tally serve</c>: the web pages and the JSON API over the ledger, until Ctrl+C.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "The TCP port to listen on.", DefaultValueFactory = _ => TallyWebOptions.DefaultPort };
        var address = new Option<string>("--address")
        {
            Description = "The address to listen on. Anything but loopback needs a token for writes.",
            DefaultValueFactory = _ => IPAddress.Loopback.ToString(),
        };
        var token = new Option<string?>("--token") { Description = $"The token writes must present (Authorization: Bearer TOKEN). Default: ${TallyWebOptions.TokenVariable}." };
        var command = new Command("serve", "Serve the ledger as web pages (overview, claims, conflicts, series, documents, add) and a JSON API with an OpenAPI description.")
        {
            port, address, token,
        };
        command.SetAction(async (parse, ct) =>
        {
            var text = parse.GetValue(address)!;
            if (!IPAddress.TryParse(text, out var ip)) throw new CliException($"'{text}' is not an IP address; use 127.0.0.1, ::1 or 0.0.0.0.");
            if (parse.GetValue(port) is < 0 or > 65535) throw new CliException("--port must be from 0 to 65535.");
            string location;
            using (var ledger = LedgerOptions.Open(parse)) location = ledger.Location;
            var secret = parse.GetValue(token) ?? (Environment.GetEnvironmentVariable(TallyWebOptions.TokenVariable) is { Length: > 0 } fromEnv ? fromEnv : null);
            WebApplication app;
            try
            {
                app = TallyWeb.Create(new TallyWebOptions
                {
                    Ledger = LedgerDatabase.ResolveTarget(parse.GetValue(LedgerOptions.Db)),
                    Address = ip,
                    Port = parse.GetValue(port),
                    Token = secret,
                });
                await app.StartAsync(ct);
            }
            catch (WebSetupException e)
            {
                throw new CliException(e.Message);
            }
            catch (IOException e)
            {
                throw new CliException($"Cannot listen on {text}:{parse.GetValue(port)}: {e.Message}", TallyCli.Failure);
            }
            await using (app)
            {
                var output = parse.InvocationConfiguration.Output;
                var at = app.BaseAddress();
                output.WriteLine($"tally: serving {location} at {at} (API {at}api, OpenAPI {at}openapi/v1.json)");
                output.WriteLine(secret is null
                    ? "tally: writes are open to anyone who can reach this loopback address"
                    : "tally: every write needs the token: 'Authorization: Bearer TOKEN' or the Add page's token field");
                output.WriteLine("tally: press Ctrl+C to stop");
                await app.WaitForShutdownAsync(ct);
            }
            return TallyCli.Ok;
        });
        return command;
    }
}
