using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Gateway.Web.Shared;

/// <summary>
/// The DataAnnotations check the API's endpoint filter makes before a handler runs, for pages that
/// call the handler directly; a failure is the same 400-style refusal, fields in camelCase. A form
/// field may also carry what the API's input filter keeps out of JSON bodies: a NUL, refused here
/// with a field message before it reaches the database (which cannot store one).
/// </summary>
public static class RequestValidation
{
    public static readonly LocalizedText NulCharacter = new("不可含有 NUL 字元（\\0）。", "must not contain a NUL character (\\0).");

    public static T Checked<T>(T request)
        where T : class
    {
        var errors = NulFields(request).ToDictionary(field => field, field => new[] { NulCharacter });
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true);
        foreach (var group in results
            .SelectMany(r => r.MemberNames.DefaultIfEmpty("").Select(member => (Field: JsonNamingPolicy.CamelCase.ConvertName(member), r.ErrorMessage)))
            .GroupBy(e => e.Field))
        {
            errors.TryAdd(group.Key, group.Select(e => new LocalizedText(ValidationMessages.ToChinese(e.ErrorMessage ?? ""), e.ErrorMessage ?? "")).ToArray());
        }

        return errors.Count == 0 ? request : throw new DomainException(ErrorCode.Invalid, errors.First().Value[0], errors);
    }

    /// <summary>The camelCase names of the string properties (and string array elements) holding a NUL.</summary>
    public static IEnumerable<string> NulFields(object request)
    {
        foreach (var property in request.GetType().GetProperties().Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
        {
            var field = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            switch (property.GetValue(request))
            {
                case string text when text.Contains('\0'):
                    yield return field;
                    break;
                case IEnumerable<string?> texts:
                    foreach (var (text, index) in texts.Select((t, i) => (t, i)).Where(t => t.t is not null && t.t.Contains('\0')))
                    {
                        yield return $"{field}[{index}]";
                    }

                    break;
            }
        }
    }
}
