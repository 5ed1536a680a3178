namespace Tally.Tests;

/// <summary>Where tests find the repository and the shared folder beside it (<c>../shared</c>).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Tally.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"No Tally.slnx above {AppContext.BaseDirectory}.");
    }
}
