using System.Text.RegularExpressions;

namespace LangSon.ThiDua.UnitTests;

/// <summary>
/// A day is written one way, by <c>Vietnamese.Date</c> ("04/12/2026"), in pages, documents, workbooks and messages:
/// no view or class formats "dd/MM/yyyy" itself (a format without a culture follows the request's date separator).
/// </summary>
public sealed partial class DateFormatTests
{
    [Fact]
    public void No_page_or_class_formats_a_day_itself()
    {
        var offending = SourceTree.ViewLines().Concat(SourceTree.CodeLines())
            .Where(l => !l.File.EndsWith("Vietnamese.cs", StringComparison.Ordinal) && DayFormat().IsMatch(l.Line))
            .Select(l => $"{l.File}:{l.Number}: {l.Line.Trim()}")
            .ToList();

        Assert.True(offending.Count == 0, string.Join(Environment.NewLine, offending));
    }

    /// <summary>x.ToString("dd/MM/yyyy"…) or an interpolation hole {x:dd/MM/yyyy}.</summary>
    [GeneratedRegex(@"ToString\(""dd/MM/yyyy""|:dd/MM/yyyy\}")]
    private static partial Regex DayFormat();
}
