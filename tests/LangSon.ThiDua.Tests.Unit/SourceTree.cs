namespace LangSon.ThiDua.UnitTests;

/// <summary>The repository's source, for the tests that read it (layers, view lines and links).</summary>
internal static class SourceTree
{
    /// <summary>The folder holding LangSon.ThiDua.sln, found upwards from the test binaries.</summary>
    public static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "LangSon.ThiDua.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    /// <summary>Every line of every view under Features/, with its file (relative to the root) and number.</summary>
    public static IEnumerable<(string File, int Number, string Line)> ViewLines()
    {
        var root = Root();
        var features = Path.Combine(root, "src", "LangSon.ThiDua.Web", "Features");
        return Directory.EnumerateFiles(features, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file)
                .Select((line, i) => (Path.GetRelativePath(root, file), i + 1, line)));
    }

    /// <summary>Every line of the C# under src/ (migrations and build output left out), as <see cref="ViewLines"/>.</summary>
    public static IEnumerable<(string File, int Number, string Line)> CodeLines()
    {
        var root = Root();
        return Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains("Migrations.", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file)
                .Select((line, i) => (Path.GetRelativePath(root, file), i + 1, line)));
    }
}
