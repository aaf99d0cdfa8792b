using System.Buffers.Binary;
using Alliance.Reporting.Api.Documents.Fonts;

namespace Alliance.Reporting.Api.Tests;

public sealed class TrueTypeCollectionTests
{
    [Fact]
    public void ExtractFace_SecondFaceOfTwo_CopiesItsTablesBehindADirectoryOfItsOwn()
    {
        // Two faces sharing table "glyf"; face 1 also has "cmap". Tables sit after both directories, as in a real collection.
        var collection = Collection(
            [("glyf", [1, 2, 3, 4, 5]), ("cmap", [9, 8, 7])],
            [[0], [1, 0]]);

        var face = TrueTypeCollection.ExtractFace(collection, 1);

        byte[] expected =
        [
            0, 1, 0, 0, 0, 2, 0, 32, 0, 1, 0, 0, // sfnt 1.0, two tables, the search fields as the collection had them
            .. "cmap"u8, 9, 8, 7, 0, 0, 0, 0, 44, 0, 0, 0, 3, // checksums as the collection has them
            .. "glyf"u8, 6, 2, 3, 4, 0, 0, 0, 48, 0, 0, 0, 5,
            9, 8, 7, 0, // cmap, padded to 4 bytes
            1, 2, 3, 4, 5, 0, 0, 0, // glyf, padded
        ];
        Assert.Equal(expected, face);
        Assert.Equal(2, TrueTypeCollection.FaceCount(collection));
    }

    public static TheoryData<string, byte[], int, Type> Refused => new()
    {
        { "not a collection", [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0, typeof(InvalidDataException) },
        { "too short", "ttc"u8.ToArray(), 0, typeof(InvalidDataException) },
        { "no such face", Collection([("glyf", [1])], [[0]]), 1, typeof(ArgumentOutOfRangeException) },
        { "negative face", Collection([("glyf", [1])], [[0]]), -1, typeof(ArgumentOutOfRangeException) },
        { "table past the end", Collection([("glyf", [1, 2, 3, 4])], [[0]])[..^2], 0, typeof(InvalidDataException) },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void ExtractFace_BrokenInput_IsRefused(string why, byte[] collection, int index, Type refusal)
    {
        var thrown = Record.Exception(() => TrueTypeCollection.ExtractFace(collection, index));
        Assert.True(thrown?.GetType() == refusal, $"{why}: {thrown?.GetType().Name ?? "nothing thrown"}");
    }

    public static TheoryData<string, int> DebianFaces => new()
    {
        { "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0 },
        { "/usr/share/fonts/truetype/arphic/uming.ttc", 2 },
    };

    [Theory]
    [MemberData(nameof(DebianFaces))]
    public void ExtractFace_DebianCjkFace_IsAWholeTrueTypeFontWhoseChecksumsHold(string path, int index)
    {
        var font = TrueTypeCollection.ExtractFace(File.ReadAllBytes(path), index);

        Assert.Equal(0x00010000u, BinaryPrimitives.ReadUInt32BigEndian(font));
        var tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tags = new List<string>();
        for (var i = 0; i < tables; i++)
        {
            var record = font.AsSpan(12 + (16 * i), 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            tags.Add(tag);
            var (offset, length) = ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
            if (tag != "head")
            {
                Assert.True(BinaryPrimitives.ReadUInt32BigEndian(record[4..]) == Sum(font.AsSpan(offset, (length + 3) & ~3)), $"table {tag}'s checksum");
            }
        }

        Assert.Superset(new HashSet<string> { "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name" }, tags.ToHashSet());
        Assert.Equal(0xB1B0AFBAu, Sum(font));
    }

    /// <summary>A collection of <paramref name="faces"/>, each a list of indices into <paramref name="tables"/>.</summary>
    private static byte[] Collection((string Tag, byte[] Data)[] tables, int[][] faces)
    {
        var directories = faces.Sum(f => 12 + (16 * f.Length));
        var header = 12 + (4 * faces.Length);
        var tableAt = new int[tables.Length];
        var at = header + directories;
        for (var t = 0; t < tables.Length; t++)
        {
            tableAt[t] = at;
            at += (tables[t].Data.Length + 3) & ~3;
        }

        var bytes = new byte[at];
        "ttcf"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(4), 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), (uint)faces.Length);
        var directory = header;
        for (var f = 0; f < faces.Length; f++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(12 + (4 * f)), (uint)directory);
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(directory), 0x00010000);
            BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(directory + 4), (ushort)faces[f].Length);
            BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(directory + 6), 32);
            BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(directory + 8), 1);
            for (var i = 0; i < faces[f].Length; i++)
            {
                var t = faces[f][i];
                var record = bytes.AsSpan(directory + 12 + (16 * i));
                System.Text.Encoding.ASCII.GetBytes(tables[t].Tag).CopyTo(record);
                BinaryPrimitives.WriteUInt32BigEndian(record[4..], Sum(Padded(tables[t].Data)));
                BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)tableAt[t]);
                BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)tables[t].Data.Length);
            }

            directory += 12 + (16 * faces[f].Length);
        }

        for (var t = 0; t < tables.Length; t++)
        {
            tables[t].Data.CopyTo(bytes, tableAt[t]);
        }

        return bytes;
    }

    private static byte[] Padded(byte[] data) => [.. data, .. new byte[((data.Length + 3) & ~3) - data.Length]];

    private static uint Sum(ReadOnlySpan<byte> bytes)
    {
        var sum = 0u;
        for (var i = 0; i + 4 <= bytes.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(bytes[i..]));
        }

        return sum;
    }
}
