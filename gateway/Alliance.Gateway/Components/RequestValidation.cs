using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.Gateway.Components;

/// <summary>
/// The DataAnnotations check the API's endpoint filter makes before a handler runs, for pages that
/// call the handler directly; a failure is the same 400-style refusal, fields in camelCase.
/// </summary>
public static class RequestValidation
{
    public static T Checked<T>(T request)
        where T : class
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
        {
            return request;
        }

        var errors = results
            .SelectMany(r => r.MemberNames.DefaultIfEmpty("").Select(member => (Field: JsonNamingPolicy.CamelCase.ConvertName(member), r.ErrorMessage)))
            .GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage ?? "").ToArray());
        throw new DomainException(ErrorCode.Invalid, results[0].ErrorMessage ?? "The request is invalid.", errors);
    }
}
