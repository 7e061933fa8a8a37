namespace LangSon.ThiDua.UnitTests;

/// <summary>
/// Lines stay under 120 characters in views too (docs/conventions: "Names and lines"). Counted in characters, not
/// bytes: a Vietnamese line is longer in UTF-8 than on screen.
/// </summary>
public sealed class ViewLineLengthTests
{
    private const int MaxLength = 120;

    [Fact]
    public void No_view_line_is_longer_than_120_characters()
    {
        var offending = SourceTree.ViewLines()
            .Where(l => l.Line.Length > MaxLength)
            .Select(l => $"{l.File}:{l.Number} ({l.Line.Length} characters)")
            .ToList();

        Assert.Empty(offending);
    }
}
