using System.Globalization;
using Alliance.Gateway.Web.Text;

namespace Alliance.Gateway.Web.SiteVisit;

/// <summary>The review points in the service's order, named in the page's language as the service names them.</summary>
public sealed class ReviewPointNames(IReadOnlyList<ReviewPointRow> points)
{
    public static readonly ReviewPointNames None = new([]);

    public IEnumerable<string> Codes => points.Select(p => p.Code);

    /// <summary>The point's name as the service states it; one the service does not list is named by the pages' own table.</summary>
    public string Name(string code) =>
        points.FirstOrDefault(p => p.Code == code) is { } point
            ? (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? point.NameEn : point.NameZh)
            : UiText.ReviewPoint(code);
}
