using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.UnitTests;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("UBND phường Tam Thanh", "ubnd phuong tam thanh")]
    [InlineData("Lạng Sơn", "lang son")]
    [InlineData("ĐỒNG ĐĂNG", "dong dang")]
    [InlineData("  Hữu   Lũng ", "huu lung")]
    [InlineData("Sở Văn hóa, Thể thao và Du lịch", "so van hoa, the thao va du lich")]
    public void Folding_removes_diacritics_case_and_extra_spaces(string input, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(input));

    [Fact]
    public void Precomposed_and_combining_forms_fold_alike()
    {
        var precomposed = "Lạng Sơn";
        var combining = precomposed.Normalize(System.Text.NormalizationForm.FormD);

        Assert.NotEqual(precomposed, combining);
        Assert.Equal(TextFolding.Fold(precomposed), TextFolding.Fold(combining));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_folds_to_empty(string? input) => Assert.Equal(string.Empty, TextFolding.Fold(input));
}
