using LangSon.ThiDua.Documents;

namespace LangSon.ThiDua.UnitTests.Documents;

public sealed class TextValuesTests
{
    [Theory]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("1234.5", "1234.5")]
    [InlineData("1234,5", "1234.5")]
    [InlineData("1,5", "1.5")]
    [InlineData("0.75", "0.75")]
    [InlineData("1.234", "1234")]
    [InlineData("1.234.567", "1234567")]
    [InlineData("1.234.567,89", "1234567.89")]
    [InlineData("1,234.5", "1234.5")]
    [InlineData("1 234,5", "1234.5")]
    [InlineData("-3,25", "-3.25")]
    [InlineData("12,5%", "12.5")]
    public void Vietnamese_and_plain_numbers_written_as_text_parse(string text, string expected)
    {
        Assert.True(TextValues.TryParseNumber(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.23,4")]
    [InlineData("1,2,3")]
    [InlineData("12a")]
    [InlineData("")]
    public void Text_that_is_not_a_number_is_refused(string text) => Assert.False(TextValues.TryParseNumber(text, out _));

    [Theory]
    [InlineData("31/12/2025", 2025, 12, 31)]
    [InlineData("1/7/2026", 2026, 7, 1)]
    [InlineData("2026-07-01", 2026, 7, 1)]
    public void Dates_written_as_text_parse(string text, int year, int month, int day)
    {
        Assert.True(TextValues.TryParseDate(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("31/02/2025", true)]
    [InlineData("12/31/2025", true)]
    [InlineData("cuối năm", false)]
    public void Impossible_dates_are_refused_and_recognised_as_dates(string text, bool looksLikeDate)
    {
        Assert.False(TextValues.TryParseDate(text, out _));
        Assert.Equal(looksLikeDate, TextValues.LooksLikeDate(text));
    }
}
