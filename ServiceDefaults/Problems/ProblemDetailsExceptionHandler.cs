using System.Diagnostics;
using Alliance.ServiceDefaults.Input;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.ServiceDefaults.Problems;

/// <summary>
/// The one place where exceptions become RFC 9457 problem details. Known refusals keep their
/// message; anything else is a bug and answers a generic 500 with only the trace id.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            DomainException domain => FromDomain(domain, RequestLanguage.Of(httpContext)),
            BadHttpRequestException bad => FromBadRequest(bad, RequestLanguage.Of(httpContext)),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails FromDomain(DomainException exception, System.Globalization.CultureInfo language)
    {
        var status = StatusOf(exception.Code);
        ProblemDetails problem = exception.FieldErrors.Count > 0
            ? new ValidationProblemDetails(exception.FieldErrors.ToDictionary(e => e.Key, e => e.Value.Select(text => text.For(language)).ToArray()))
            : new ProblemDetails();
        problem.Status = status;
        problem.Title = exception.Text.For(language);
        problem.Extensions["code"] = exception.Rule ?? ToKebab(exception.Code);
        return problem;
    }

    /// <summary>The field the request could not be bound at, never the framework's message (it can quote the value sent).</summary>
    private static ProblemDetails FromBadRequest(BadHttpRequestException exception, System.Globalization.CultureInfo language)
    {
        var (status, field, message) = BadRequests.Describe(exception);
        return new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message.For(language)] })
        {
            Status = status,
            Title = InputMessages.Title.For(language),
            Extensions = { ["code"] = ToKebab(ErrorCode.Invalid) },
        };
    }

    public static int StatusOf(ErrorCode code) => code switch
    {
        ErrorCode.Invalid => StatusCodes.Status400BadRequest,
        ErrorCode.RuleViolated => StatusCodes.Status422UnprocessableEntity,
        ErrorCode.NotFound => StatusCodes.Status404NotFound,
        ErrorCode.Conflict or ErrorCode.StaleVersion => StatusCodes.Status409Conflict,
        ErrorCode.Forbidden => StatusCodes.Status403Forbidden,
        ErrorCode.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => throw new UnreachableException($"No status for {code}."),
    };

    private static string ToKebab(ErrorCode code) => code switch
    {
        ErrorCode.RuleViolated => "rule-violated",
        ErrorCode.NotFound => "not-found",
        ErrorCode.StaleVersion => "stale-version",
        _ => code.ToString().ToLowerInvariant(),
    };
}

public static class ProblemDetailsRegistration
{
    /// <summary>Problem details for every error, each carrying the trace id of the request.</summary>
    public static IServiceCollection AddAllianceProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var traceId = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Extensions["traceId"] = traceId;
            if (context.ProblemDetails.Status == StatusCodes.Status500InternalServerError)
            {
                context.ProblemDetails.Title = "An unexpected error occurred.";
                context.ProblemDetails.Detail = null;
            }

            if (context.ProblemDetails is HttpValidationProblemDetails validation)
            {
                CamelCaseFields(validation.Errors);
            }

            ValidationMessages.Localise(context);
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        return services;
    }

    /// <summary>Fields named as the JSON names them, whoever named them: the framework's validation uses the C# property names.</summary>
    private static void CamelCaseFields(IDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors.ToArray())
        {
            var name = FieldNames.CamelCase(field);
            if (name != field)
            {
                errors.Remove(field);
                errors[name] = errors.TryGetValue(name, out var others) ? [.. others, .. messages] : messages;
            }
        }
    }
}
