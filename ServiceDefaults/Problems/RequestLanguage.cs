using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Alliance.ServiceDefaults.Problems;

/// <summary>The language to answer in: English when the caller's Accept-Language prefers it, else Traditional Chinese.</summary>
public static class RequestLanguage
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-TW");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static CultureInfo Of(HttpContext context)
    {
        var preferred = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(language => language.Quality ?? 1)
            .Select(language => language.Value.Value ?? "")
            .FirstOrDefault(tag => tag.StartsWith("en", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase));
        return preferred is not null && preferred.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Chinese;
    }
}
