using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.ServiceDefaults.Security;

/// <summary>
/// 401 and 403 from the authentication layer as RFC 9457 problem details, shaped like the 403 a
/// <see cref="Problems.DomainException"/> produces, so clients read every refusal the same way.
/// </summary>
internal static class AuthenticationProblems
{
    public static Task WriteAsync(HttpContext context, int status, string title, string code)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title };
        problem.Extensions["code"] = code;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
        }).AsTask();
    }
}
