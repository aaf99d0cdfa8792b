namespace Alliance.Gateway.Web.Revenue;

/// <summary>
/// A refusal's field errors keyed the way the form names its fields: the API names them in
/// camelCase (<c>counterpartyMemberId</c>), but a 400 from request validation may prefix the
/// parameter (<c>body.Amount</c>); both land on the same field.
/// </summary>
public static class FieldErrors
{
    public static IReadOnlyDictionary<string, string[]>? ByField(IReadOnlyDictionary<string, string[]>? errors) =>
        errors?
            .GroupBy(e => FieldOf(e.Key), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The errors of fields the form does not show, so that none goes unseen.</summary>
    public static IEnumerable<string> Elsewhere(IReadOnlyDictionary<string, string[]>? errors, IEnumerable<string> shown)
    {
        var fields = new HashSet<string>(shown, StringComparer.OrdinalIgnoreCase);
        return errors?.Where(e => !fields.Contains(e.Key)).SelectMany(e => e.Value) ?? [];
    }

    private static string FieldOf(string key)
    {
        var field = key[(key.LastIndexOf('.') + 1)..];
        return field.Length == 0 ? key : char.ToLowerInvariant(field[0]) + field[1..];
    }
}
