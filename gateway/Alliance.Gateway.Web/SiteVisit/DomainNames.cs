using Alliance.Gateway.Web.Membership;
using Alliance.Gateway.Web.Text;

namespace Alliance.Gateway.Web.SiteVisit;

/// <summary>The programme's domains in their display order, named in the page's language; an unknown code shows as itself.</summary>
public sealed class DomainNames(IEnumerable<DomainRow> domains)
{
    private readonly DomainRow[] _domains = domains.OrderBy(d => d.SortOrder).ThenBy(d => d.Code, StringComparer.Ordinal).ToArray();

    public IEnumerable<(string Code, string Name)> Options => _domains.Select(d => (d.Code, Name(d.Code)));

    public string? First => _domains.FirstOrDefault()?.Code;

    public string Name(string code) =>
        _domains.FirstOrDefault(d => d.Code == code) is { } domain ? (UiCultures.IsEnglish ? domain.NameEn : domain.NameZh) : code;

    /// <summary>Rows in the domains' display order, those of unknown domains last by code.</summary>
    public IEnumerable<T> Ordered<T>(IEnumerable<T> rows, Func<T, string> code) =>
        rows.OrderBy(r => Array.FindIndex(_domains, d => d.Code == code(r)) is var i && i < 0 ? int.MaxValue : i).ThenBy(code, StringComparer.Ordinal);
}
