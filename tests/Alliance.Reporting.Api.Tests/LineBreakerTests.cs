using Alliance.Reporting.Api.Documents.Pdf;

namespace Alliance.Reporting.Api.Tests;

public sealed class LineBreakerTests
{
    /// <summary>A character is one unit wide, a CJK character two.</summary>
    private static double Measure(string text) => text.Sum(c => c >= '\u2E80' ? 2 : 1);

    public static TheoryData<string, double, string[]> Texts => new()
    {
        { "", 10, [""] },
        { "short", 10, ["short"] },
        { "two words here", 9, ["two words", "here"] },
        { "中文沒有空白可以斷行", 8, ["中文沒有", "空白可以", "斷行"] },
        { "會員 ABC 公司", 8, ["會員 ABC", "公司"] },
        { "averyveryverylongword x", 5, ["avery", "veryv", "erylo", "ngwor", "d x"] },
        { "第一段\n\n第三段", 10, ["第一段", "", "第三段"] },
        { "trailing   spaces   go", 8, ["trailing", "spaces", "go"] },
        { "差異來自時程，延後。", 8, ["差異來自", "時程，延", "後。"] },
        { "一二三四，五", 8, ["一二三", "四，五"] },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Wrap_Text_BreaksWithinTheWidth(string text, double width, string[] expected) =>
        Assert.Equal(expected, LineBreaker.Wrap(text, width, Measure));

    [Fact]
    public void Wrap_Units_KeepsEachUnitWhole()
    {
        string[] items = ["(1)總: 6家 ", "(2)收: 6家 ", "(3)免: 0家 "];

        Assert.Equal(["(1)總: 6家 (2)收: 6家", "(3)免: 0家"], LineBreaker.Wrap(items, 21, Measure));
    }
}
