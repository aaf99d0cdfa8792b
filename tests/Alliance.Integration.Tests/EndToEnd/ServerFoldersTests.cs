using Alliance.AppHost.Infrastructure;
using Alliance.Integration.Tests.Infrastructure;

namespace Alliance.Integration.Tests.EndToEnd;

/// <summary>
/// Where the servers keep their files when the data folder is one their accounts cannot enter. The
/// whole run's system starts from such a folder (<see cref="TestData"/>); these pin the choice itself.
/// </summary>
public sealed class ServerFoldersTests
{
    [Fact]
    public void For_FolderTheServersCannotEnter_IsOutsideAndEnterable()
    {
        var data = TestData.NewFolder("closed");
        try
        {
            var servers = ServerFolders.For(data, "life-1");

            if (ServiceAccount.RunningAsRoot)
            {
                Assert.Equal(ServerFolders.OutsideFor(data), servers);
                Assert.StartsWith(ServerFolders.OutsideRoot + "/", servers);
                Assert.False(ServiceAccount.CanEnter(LocalPostgres.Account, data));
                Assert.True(ServiceAccount.CanEnter(LocalPostgres.Account, servers));
                Assert.True(ServiceAccount.CanEnter(RabbitMqNode.Account, servers));
            }
            else
            {
                // Not root: the servers run as this user, who can enter the folder.
                Assert.Equal(data, servers);
            }
        }
        finally
        {
            TestData.Remove(data);
        }

        Assert.False(Directory.Exists(ServerFolders.OutsideFor(data)));
    }

    [Fact]
    public void For_DataFolderMadeAnew_StartsFromEmptyServerFolders()
    {
        var data = TestData.NewFolder("renewed");
        try
        {
            if (!ServiceAccount.RunningAsRoot)
            {
                Assert.Equal(data, ServerFolders.For(data, "life-1"));
                return;
            }

            var first = ServerFolders.For(data, "life-1");
            File.WriteAllText(Path.Combine(first, "left-by-the-old-life"), "x");

            Assert.True(File.Exists(Path.Combine(ServerFolders.For(data, "life-1"), "left-by-the-old-life")));
            Assert.False(File.Exists(Path.Combine(ServerFolders.For(data, "life-2"), "left-by-the-old-life")));
        }
        finally
        {
            TestData.Remove(data);
        }
    }

    [Fact]
    public void For_FolderTheServersCanEnter_IsTheDataFolderItself()
    {
        var data = Path.Combine(Path.GetTempPath(), $"alliance-open-{Guid.NewGuid():N}");
        Directory.CreateDirectory(data);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(data, (UnixFileMode)0b111_101_101);
        }

        try
        {
            Assert.Equal(data, ServerFolders.For(data, "life-1"));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
