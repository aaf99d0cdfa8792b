using Microsoft.Extensions.Logging;

namespace Alliance.Integration.Tests.Infrastructure;

/// <summary>
/// Keeps what every service of the test run printed in one file beside the test assembly (<see cref="Path"/>), one line per
/// entry with its time and service: a test that fails on a page or a lag can then be read against the services' own errors,
/// which the test output does not show.
/// </summary>
internal sealed class ServiceLogFile : ILoggerProvider
{
    /// <summary>Aspire forwards each resource's console under this category prefix, followed by the resource's name.</summary>
    private const string ResourcePrefix = "Alliance.AppHost.Resources.";

    private readonly StreamWriter writer;
    private readonly Lock gate = new();

    public ServiceLogFile()
    {
        writer = new StreamWriter(File.Open(Path, FileMode.Create, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
    }

    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "service-logs.txt");

    public ILogger CreateLogger(string categoryName) =>
        categoryName.StartsWith(ResourcePrefix, StringComparison.Ordinal) ? new ResourceLogger(this, categoryName[ResourcePrefix.Length..]) : NoLogger.Instance;

    public void Dispose()
    {
        lock (gate)
        {
            writer.Dispose();
        }
    }

    private void Write(string resource, string message)
    {
        lock (gate)
        {
            writer.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {resource}: {message}");
        }
    }

    private sealed class ResourceLogger(ServiceLogFile file, string resource) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            file.Write(resource, formatter(state, exception));
    }

    private sealed class NoLogger : ILogger
    {
        public static readonly NoLogger Instance = new();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => false;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
