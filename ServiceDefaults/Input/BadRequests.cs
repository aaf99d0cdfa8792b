using System.Text.Json;
using System.Text.RegularExpressions;
using Alliance.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;

namespace Alliance.ServiceDefaults.Input;

/// <summary>
/// A request the framework could not bind (<see cref="BadHttpRequestException"/>, thrown because
/// <c>RouteHandlerOptions.ThrowOnBadRequest</c> is on), told as the field it names: the JSON path
/// of a body's bad value, or the query or route parameter that would not bind. The framework's own
/// message is never passed on: it can quote the value sent.
/// </summary>
public static partial class BadRequests
{
    public static (int Status, string Field, LocalizedText Message) Describe(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            var message = json switch
            {
                InputRejectedException rejected => rejected.Reason,
                // The reader's own errors (JsonReaderException) sit inside: the text is not JSON.
                { InnerException: JsonException } => InputMessages.MalformedJson,
                _ => InputMessages.WrongValue,
            };
            return (StatusCodes.Status400BadRequest, FieldNames.FromJsonPath(json.Path), message);
        }

        if (exception.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return (exception.StatusCode, FieldNames.Body, InputMessages.UnsupportedMediaType);
        }

        var parameter = ParameterPattern().Match(exception.Message);
        if (!parameter.Success)
        {
            return (exception.StatusCode, FieldNames.Body, InputMessages.Unreadable);
        }

        var name = parameter.Groups["name"].Value;
        return exception.Message switch
        {
            var m when m.StartsWith("Required parameter", StringComparison.Ordinal) && m.EndsWith("from body.", StringComparison.Ordinal) =>
                (StatusCodes.Status400BadRequest, FieldNames.Body, InputMessages.BodyRequired),
            var m when m.StartsWith("Implicit body", StringComparison.Ordinal) =>
                (StatusCodes.Status400BadRequest, FieldNames.Body, InputMessages.BodyRequired),
            var m when m.StartsWith("Required parameter", StringComparison.Ordinal) =>
                (StatusCodes.Status400BadRequest, name, InputMessages.Required),
            var m when m.StartsWith("Failed to bind parameter", StringComparison.Ordinal) =>
                (StatusCodes.Status400BadRequest, name, InputMessages.WrongValue),
            _ => (exception.StatusCode, name, InputMessages.Unreadable),
        };
    }

    /// <summary>The parameter in the framework's messages: <c>parameter "int? year"</c> or <c>parameter "file"</c>; its name is the last word.</summary>
    [GeneratedRegex("""parameter "(?:[^"]* )?(?<name>[^" ]+)"(?: |$)""")]
    private static partial Regex ParameterPattern();
}
