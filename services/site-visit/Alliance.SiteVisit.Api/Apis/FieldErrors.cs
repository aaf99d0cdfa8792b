using Alliance.ServiceDefaults.Problems;

namespace Alliance.SiteVisit.Api.Apis;

/// <summary>The field errors of one request, thrown together as one 400; for what DataAnnotations cannot say.</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, LocalizedText[]> _errors = [];

    public void Add(string field, LocalizedText message) => _errors.TryAdd(field, [message]);

    public void Add(string field, string zh, string en) => Add(field, new LocalizedText(zh, en));

    /// <summary>The programme year, or a 400 naming <paramref name="field"/> once thrown.</summary>
    public ProgrammeYear Year(int? roc, string field = "year")
    {
        if (roc is { } value && ProgrammeYear.TryCreate(value, out var year))
        {
            return year;
        }

        Add(field, $"請填寫年度（民國 {ProgrammeYear.MinRoc}–{ProgrammeYear.MaxRoc} 年）。", $"The programme year (ROC {ProgrammeYear.MinRoc}–{ProgrammeYear.MaxRoc}) is required.");
        return default;
    }

    /// <summary>The text trimmed; a 400 naming <paramref name="field"/> once thrown when it is blank.</summary>
    public string Text(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(field, "此欄位不能空白。", "This field cannot be blank.");
            return "";
        }

        return text.Trim();
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new DomainException(ErrorCode.Invalid, _errors.First().Value[0], _errors);
        }
    }
}
