using System.Globalization;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Documents;

/// <summary>
/// What a cell holds, as the reader needs it: the text the user sees, and a number or date when the cell is one.
/// </summary>
public readonly record struct CellText(string Text, decimal? Number, DateTime? Date, bool Unreadable)
{
    public bool IsBlank => !Unreadable && string.IsNullOrWhiteSpace(Text);

    public static CellText OfDate(DateTime date) =>
        new(Vietnamese.Date(date), null, date, false);

    /// <summary>A number as the user sees it ("1.234,5"); with a percent format, 0,95 is the 95 % the user
    /// typed.</summary>
    public static CellText OfNumber(double number, bool percent)
    {
        if (double.IsNaN(number) || double.IsInfinity(number) || Math.Abs(number) > 1e15)
        {
            return new CellText(number.ToString(CultureInfo.InvariantCulture), null, null, false);
        }

        var amount = (decimal)number * (percent ? 100m : 1m);
        var shown = amount.ToString("#,##0.##########", Vietnamese.Culture) + (percent ? "%" : string.Empty);
        return new CellText(shown, amount, null, false);
    }
}
