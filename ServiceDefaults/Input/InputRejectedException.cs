using System.Text.Json;
using Alliance.ServiceDefaults.Problems;

namespace Alliance.ServiceDefaults.Input;

/// <summary>
/// A JSON value refused by one of our converters. It is a <see cref="JsonException"/> so that the
/// serializer fills in the value's path, and the problem names the field with <see cref="Reason"/>.
/// </summary>
public sealed class InputRejectedException(LocalizedText reason) : JsonException(reason.En)
{
    public LocalizedText Reason { get; } = reason;
}
