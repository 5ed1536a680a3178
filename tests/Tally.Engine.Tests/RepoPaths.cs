namespace Tally.Tests;

/// <summary>Where the repository and the read-only shared folder beside it are, found from the test binary.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared folder (seed, gold, specs) that sits beside the checkout, in CI too.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string TestSpecs => Path.Combine(Root, "tests", "Tally.Engine.Tests", "Specs");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tally.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find Tally.slnx above " + AppContext.BaseDirectory);
    }
}
