using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.ServiceDefaults.Input;

/// <summary>How request bodies are read, for every service at once (see <see cref="InputChecks"/> for the rest of a request).</summary>
public static class InputConventions
{
    /// <summary>
    /// Strings without NUL and dates within bounds wherever a body carries them; and bodies that do
    /// not bind throw, so that <see cref="Problems.ProblemDetailsExceptionHandler"/> answers a 400
    /// naming the field instead of the framework's bare 400.
    /// </summary>
    public static IServiceCollection AddInputConventions(this IServiceCollection services)
    {
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    public static void AddCheckedConverters(this JsonSerializerOptions options)
    {
        options.Converters.Add(new CheckedStringConverter());
        options.Converters.Add(new CheckedDateConverter());
    }
}
