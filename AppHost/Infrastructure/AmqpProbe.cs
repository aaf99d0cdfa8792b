using System.Net.Sockets;

namespace Alliance.AppHost.Infrastructure;

/// <summary>
/// Whether a RabbitMQ node really answers: an open port is not enough (DCP's proxy accepts
/// connections while the node is still booting), so it sends the AMQP 0-9-1 protocol header and
/// expects the server's Connection.Start method frame back.
/// </summary>
public static class AmqpProbe
{
    private static readonly byte[] ProtocolHeader = "AMQP\0\0\u0009\u0001"u8.ToArray();
    private const byte MethodFrame = 1;

    public static async Task<bool> AnswersAsync(string host, int port, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(ProtocolHeader, timeout.Token);
            var frame = new byte[7];
            var read = await stream.ReadAtLeastAsync(frame, frame.Length, throwOnEndOfStream: false, timeout.Token);
            return read == frame.Length && frame[0] == MethodFrame;
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }
}
