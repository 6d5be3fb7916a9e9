using Portal.Domain.Text;

namespace Portal.Tests.Domain;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Nguyễn Văn Đức", "nguyen van duc")]
    [InlineData("  ĐẨY NHANH   tiến độ  ", "day nhanh tien do")]
    [InlineData("Sở Nông nghiệp và Môi trường", "so nong nghiep va moi truong")]
    [InlineData("128/QĐ-UBND", "128/qd-ubnd")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Folds_accents_case_and_spaces(string? text, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(text));
    }

    [Fact]
    public void Folds_precomposed_and_decomposed_input_the_same_way()
    {
        Assert.Equal(TextFolding.Fold("Hu\u1EBF"), TextFolding.Fold("Hue\u0302\u0301"));
    }
}
