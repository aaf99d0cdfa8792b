using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Alliance.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.ServiceDefaults.Input;

/// <summary>
/// The checks on what a request carries outside its body, before a handler binds it: no NUL in a
/// query or route value; a value bound to a choice (an enum) is one of its kebab-case names, as in
/// bodies, never a number (minimal APIs bind enums with <c>Enum.TryParse</c>, which takes numbers
/// and not our names); a date within <see cref="InputBounds"/>. Bodies are checked by the JSON
/// converters (<see cref="InputConventions"/>). A refusal is a 400 naming each parameter.
/// </summary>
public static class InputChecks
{
    private static readonly ConcurrentDictionary<MethodInfo, (string Name, Type Type)[]> CheckedParameters = new();

    /// <summary>Checks the requests of every minimal API endpoint; call after authorization, so that a refused caller still gets its 401 or 403.</summary>
    public static IApplicationBuilder UseInputChecks(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>() is { } handler)
        {
            var (errors, choices) = Check(context.Request, handler);
            if (errors.Count > 0)
            {
                throw new DomainException(ErrorCode.Invalid, InputMessages.Title, errors);
            }

            Bind(context.Request, choices);
        }

        await next(context);
    });

    /// <summary>
    /// Every broken value by its parameter's name (the query key or route parameter); and, for each
    /// choice given by its kebab-case name, the enum member's own name, which the framework can bind.
    /// </summary>
    public static (Dictionary<string, LocalizedText[]> Errors, Dictionary<string, string> Choices) Check(HttpRequest request, MethodInfo handler)
    {
        var errors = new Dictionary<string, LocalizedText[]>(StringComparer.OrdinalIgnoreCase);
        var choices = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var values = request.Query.SelectMany(q => q.Value.Select(v => (q.Key, Value: v)))
            .Concat(request.RouteValues.Select(r => (r.Key, Value: r.Value as string)));
        foreach (var (name, value) in values)
        {
            if (InputBounds.HasNul(name) || (value is not null && InputBounds.HasNul(value)))
            {
                errors[FieldName(name)] = [InputMessages.NulCharacter];
            }
        }

        foreach (var (name, type) in CheckedParameters.GetOrAdd(handler, ParametersOf))
        {
            var value = request.RouteValues.TryGetValue(name, out var routeValue) ? routeValue as string : request.Query[name].FirstOrDefault();
            if (string.IsNullOrEmpty(value) || errors.ContainsKey(name))
            {
                continue;
            }

            if (type.IsEnum)
            {
                if (MemberNamed(type, value) is { } member)
                {
                    choices[name] = member;
                }
                else
                {
                    errors[name] = [InputMessages.WrongValue];
                }
            }
            else if (DateProblem(type, value) is { } problem)
            {
                errors[name] = [problem];
            }
        }

        return (errors, choices);
    }

    /// <summary>A date (or time) outside the bounds; null when within them, or when it is no date at all (then the framework's binding refuses it).</summary>
    public static LocalizedText? DateProblem(Type type, string value) =>
        type == typeof(DateOnly) ? DateOnly.TryParse(value, CultureInfo.InvariantCulture, out var date) ? InputBounds.CheckDate(date) : null
        : type == typeof(DateTime) ? DateTime.TryParse(value, CultureInfo.InvariantCulture, out var time) ? InputBounds.CheckDate(time) : null
        : type == typeof(DateTimeOffset) ? DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, out var instant) ? InputBounds.CheckDate(instant.UtcDateTime) : null
        : null;

    /// <summary>The member whose kebab-case name is <paramref name="value"/> (in any case); null for numbers and anything else.</summary>
    public static string? MemberNamed(Type enumType, string value) =>
        Enum.GetNames(enumType).FirstOrDefault(name => string.Equals(JsonNamingPolicy.KebabCaseLower.ConvertName(name), value, StringComparison.OrdinalIgnoreCase));

    private static void Bind(HttpRequest request, Dictionary<string, string> choices)
    {
        if (choices.Count == 0)
        {
            return;
        }

        var query = request.Query.ToDictionary(q => q.Key, q => q.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, member) in choices)
        {
            if (request.RouteValues.ContainsKey(name))
            {
                request.RouteValues[name] = member;
            }
            else
            {
                query[name] = member;
            }
        }

        request.Query = new QueryCollection(query);
    }

    /// <summary>The handler's parameters bound from the query or route whose values need checking (choices and dates), by the name they are bound by.</summary>
    private static (string Name, Type Type)[] ParametersOf(MethodInfo handler) =>
        handler.GetParameters()
            .Where(p => p.Name is not null
                && !p.GetCustomAttributes().Any(a => a is IFromBodyMetadata or IFromFormMetadata or IFromHeaderMetadata or IFromServiceMetadata))
            .Select(p => (Name: p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.GetCustomAttribute<FromRouteAttribute>()?.Name ?? p.Name!,
                Type: Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType))
            .Where(p => p.Type.IsEnum || p.Type == typeof(DateOnly) || p.Type == typeof(DateTime) || p.Type == typeof(DateTimeOffset))
            .ToArray();

    /// <summary>A query key is the caller's own text: one too long to be a parameter of ours is not repeated back.</summary>
    private static string FieldName(string key) => key.Length <= 100 && !InputBounds.HasNul(key) ? key : FieldNames.Body;
}
