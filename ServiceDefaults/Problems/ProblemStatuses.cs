using Microsoft.AspNetCore.Http;

namespace Alliance.ServiceDefaults.Problems;

/// <summary>
/// Which problem responses an operation can answer, from what the operation is: the OpenAPI documents
/// list them so that scripts know what to expect. Every refusal goes through
/// <see cref="ProblemDetailsExceptionHandler"/>, so what decides them is the same for every service.
/// </summary>
public static class ProblemStatuses
{
    /// <param name="method">the HTTP method</param>
    /// <param name="takesInput">a body, a query or a route value the framework binds and may refuse</param>
    /// <param name="namesARecord">a route value that names a record, which may not exist or not be the caller's</param>
    /// <param name="anonymous">the operation is open without a token</param>
    public static IReadOnlyList<int> For(string method, bool takesInput, bool namesARecord, bool anonymous)
    {
        var writes = !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method);
        var statuses = new List<int>();
        if (takesInput || writes)
        {
            statuses.Add(400);
        }

        if (!anonymous)
        {
            statuses.Add(401);
            statuses.Add(403);
        }

        if (namesARecord)
        {
            statuses.Add(404);
        }

        if (writes)
        {
            statuses.Add(409);
            statuses.Add(422);
        }

        return statuses;
    }

    /// <summary>What each status means here (ARCHITECTURE.md's rules of errors), for the documents.</summary>
    public static string Describe(int status) => status switch
    {
        400 => "Malformed input: `errors` names each field (camelCase JSON path).",
        401 => "No token, or a token that is expired, revoked or not for this service.",
        403 => "The caller's role or alliance scope does not allow this.",
        404 => "No such record, or one the caller may not know exists.",
        409 => "A duplicate, or a stale `version`: nothing was changed.",
        422 => "Well-formed input that breaks a rule of the programme: `code` names the rule, `errors` the field.",
        _ => "A refusal.",
    };
}
