namespace Tally.Attribution;

/// <summary>
/// One link of an attribution chain: a person, a body, a country speaking, or the outlet.
/// <see cref="Country"/> is an ISO 3166-1 alpha-2 code or null.
/// </summary>
public sealed record Source(string Name, string? Role, string? Country)
{
    public const string OutletRole = "outlet";

    public static Source Outlet(string name) => new(name, OutletRole, null);

    public bool IsOutlet => Role == OutletRole;
}
