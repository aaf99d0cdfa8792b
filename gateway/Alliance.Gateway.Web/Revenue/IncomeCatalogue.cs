using System.Text.Json;
using System.Text.Json.Nodes;
using Alliance.Gateway.Web.Membership;
using Alliance.Gateway.Web.Text;

namespace Alliance.Gateway.Web.Revenue;

/// <summary>
/// The income categories and natures as the revenue service states them (its category endpoint):
/// their codes in the programme's order, their names, which natures never count and each category's
/// weight. The pages name a category or a nature only through it, so the names, the order and the
/// 30 % are written once, in the revenue service; a stored code it does not hold reads as unrecognised.
/// </summary>
public sealed class IncomeCatalogue
{
    /// <summary>What the pages show before (or without) an answer: every code unrecognised, nothing to choose.</summary>
    public static readonly IncomeCatalogue Empty = new([]);

    private readonly IReadOnlyList<IncomeCategoryRow> _categories;
    private readonly Dictionary<string, IncomeNatureRow> _natures;

    public IncomeCatalogue(IReadOnlyList<IncomeCategoryRow> categories)
    {
        _categories = categories;
        _natures = categories.SelectMany(c => c.Natures ?? []).DistinctBy(n => n.Code).ToDictionary(n => n.Code, StringComparer.Ordinal);
    }

    /// <summary>The category codes in the programme's order.</summary>
    public IReadOnlyList<string> Categories => _categories.Select(c => c.Code).ToArray();

    public bool HoldsCategory(string? code) => Find(code) is not null;

    public bool HoldsNature(string? code) => code is not null && _natures.ContainsKey(code);

    /// <summary>The category's name, or the code shown as unrecognised.</summary>
    public Phrase Category(string? code) => Find(code) is { } category ? new(category.NameZh, category.NameEn) : UiText.Unrecognised(code);

    /// <summary>The nature's name, or the code shown as unrecognised.</summary>
    public Phrase Nature(string? code) =>
        code is not null && _natures.TryGetValue(code, out var nature) ? new(nature.NameZh, nature.NameEn) : UiText.Unrecognised(code);

    /// <summary>The categories to choose from, in order, by name in the page's language.</summary>
    public IEnumerable<(string, string)> CategoryOptions => _categories.Select(c => (c.Code, (string)Category(c.Code)));

    /// <summary>
    /// The natures an entry of <paramref name="category"/> may be given, by name: the ones that never count
    /// are offered too, marked, so that someone who tries to record one is told by the API why it is refused.
    /// </summary>
    public IEnumerable<(string, string)> NatureOptions(string? category) =>
        (Find(category)?.Natures ?? []).Select(n => (n.Code, n.Counted ? (string)Nature(n.Code) : $"{Nature(n.Code)}{UiText.NeverCounted}"));

    /// <summary>The share of <paramref name="category"/>'s amount that counts toward operating revenue, as a percentage (30%); null when unknown.</summary>
    public string? WeightOf(string category) => Find(category) is { } terms ? DisplayRatio.Share(terms.OperatingRevenueWeight) : null;

    /// <summary>
    /// A history with its category and nature codes replaced by their names in the page's language.
    /// The history component spells out every other field itself (<see cref="UiText.FieldValue"/>), but
    /// categories and natures are the revenue service's to name.
    /// </summary>
    public ChangeRow[] Named(IEnumerable<ChangeRow> history) =>
        history.Select(entry => entry with { Before = Named(entry.Before), After = Named(entry.After) }).ToArray();

    private JsonElement? Named(JsonElement? values)
    {
        if (values is not { ValueKind: JsonValueKind.Object } element)
        {
            return values;
        }

        var named = JsonObject.Create(element)!;
        foreach (var (field, name) in new (string, Func<string?, Phrase>)[] { ("category", Category), ("nature", Nature) })
        {
            if (element.TryGetProperty(field, out var code) && code.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            {
                named[field] = (string)name(code.ValueKind == JsonValueKind.String ? code.GetString() : code.GetRawText());
            }
        }

        return JsonSerializer.SerializeToElement(named);
    }

    private IncomeCategoryRow? Find(string? code) => _categories.FirstOrDefault(c => c.Code == code);
}
