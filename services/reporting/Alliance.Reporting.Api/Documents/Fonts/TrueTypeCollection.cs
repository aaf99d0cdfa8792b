using System.Buffers.Binary;

namespace Alliance.Reporting.Api.Documents.Fonts;

/// <summary>
/// One face of a TrueType collection (<c>.ttc</c>) as a standalone font. Debian's CJK fonts ship only as collections, and
/// PDFsharp reads single fonts only (a whole collection fails inside its OpenType reader), so the face's tables are
/// copied out behind a table directory of their own.
/// </summary>
internal static class TrueTypeCollection
{
    private const uint CollectionTag = 0x74746366; // "ttcf"
    private const uint HeadTag = 0x68656164; // "head"
    private const int TableRecordSize = 16;
    private const int OffsetTableSize = 12;

    /// <summary>How many faces the collection holds.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a TrueType collection.</exception>
    public static int FaceCount(ReadOnlySpan<byte> collection) => checked((int)Header(collection));

    /// <summary>
    /// The face at <paramref name="index"/> (0-based) as a font file: its offset table and table records, then each
    /// table's bytes, 4-byte aligned, in the records' order; the <c>head</c> table's checksum adjustment recomputed for the new file.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The collection has no face <paramref name="index"/>.</exception>
    /// <exception cref="InvalidDataException">The bytes are not a TrueType collection, or a table lies outside them.</exception>
    public static byte[] ExtractFace(ReadOnlySpan<byte> collection, int index)
    {
        var faces = Header(collection);
        if (index < 0 || (uint)index >= faces)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The collection has {faces} faces.");
        }

        var face = checked((int)Read32(collection, 12 + (4 * index)));
        var tableCount = Read16(collection, face + 4);
        var records = Slice(collection, face + OffsetTableSize, tableCount * TableRecordSize);
        var tables = new (uint Tag, uint Checksum, int Offset, int Length)[tableCount];
        var size = OffsetTableSize + (tableCount * TableRecordSize);
        for (var i = 0; i < tableCount; i++)
        {
            var record = records.Slice(i * TableRecordSize, TableRecordSize);
            tables[i] = (BinaryPrimitives.ReadUInt32BigEndian(record), BinaryPrimitives.ReadUInt32BigEndian(record[4..]),
                checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..])), checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[12..])));
            Slice(collection, tables[i].Offset, tables[i].Length);
            size = checked(size + Padded(tables[i].Length));
        }

        var font = new byte[size];
        Slice(collection, face, OffsetTableSize).CopyTo(font);
        var at = OffsetTableSize + (tableCount * TableRecordSize);
        var headAt = -1;
        for (var i = 0; i < tableCount; i++)
        {
            var (tag, checksum, offset, length) = tables[i];
            var record = font.AsSpan(OffsetTableSize + (i * TableRecordSize), TableRecordSize);
            BinaryPrimitives.WriteUInt32BigEndian(record, tag);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], checksum);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)length);
            collection.Slice(offset, length).CopyTo(font.AsSpan(at));
            headAt = tag == HeadTag ? at : headAt;
            at += Padded(length);
        }

        if (headAt >= 0 && headAt + 12 <= font.Length)
        {
            // The whole font's checksum: with the adjustment zeroed, the file's sum subtracted from the magic number.
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headAt + 8), 0);
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headAt + 8), unchecked(0xB1B0AFBA - Checksum(font)));
        }

        return font;
    }

    private static uint Header(ReadOnlySpan<byte> collection)
    {
        if (collection.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(collection) != CollectionTag)
        {
            throw new InvalidDataException("Not a TrueType collection: it does not start with 'ttcf'.");
        }

        var faces = Read32(collection, 8);
        Slice(collection, 12, checked((int)Math.Min(faces, int.MaxValue / 4) * 4));
        return faces;
    }

    private static uint Checksum(ReadOnlySpan<byte> font)
    {
        var sum = 0u;
        for (var i = 0; i + 4 <= font.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(font[i..]));
        }

        return sum;
    }

    private static int Padded(int length) => checked((length + 3) & ~3);

    private static ushort Read16(ReadOnlySpan<byte> bytes, int at) => BinaryPrimitives.ReadUInt16BigEndian(Slice(bytes, at, 2));

    private static uint Read32(ReadOnlySpan<byte> bytes, int at) => BinaryPrimitives.ReadUInt32BigEndian(Slice(bytes, at, 4));

    private static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> bytes, int at, int length) =>
        at >= 0 && length >= 0 && (long)at + length <= bytes.Length
            ? bytes.Slice(at, length)
            : throw new InvalidDataException($"The collection ends before the {length} bytes at {at}.");
}
