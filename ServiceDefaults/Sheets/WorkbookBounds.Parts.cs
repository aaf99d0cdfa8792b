namespace Alliance.ServiceDefaults.Sheets;

public static partial class WorkbookBounds
{
    private sealed class UnpackedBudget
    {
        private long _used;

        public void Require(long bytes)
        {
            if (bytes > MaxUnpackedBytes - _used)
            {
                throw new BoundBroken(new WorkbookProblem(WorkbookBound.UnpackedSize, MaxUnpackedBytes, 0));
            }
        }

        public void Use(long bytes)
        {
            Require(bytes);
            _used += bytes;
        }
    }

    private sealed class BoundBroken(WorkbookProblem problem) : Exception(problem.Bound.ToString())
    {
        public WorkbookProblem Problem { get; } = problem;
    }

    /// <summary>A part's unpacked bytes, counted against the whole archive's budget as they are read.</summary>
    private sealed class CountingStream(Stream inner, UnpackedBudget budget) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer));

        private int Counted(int read)
        {
            budget.Use(read);
            return read;
        }

        public override void Flush() => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
