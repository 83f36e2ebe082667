package com.stratum.common;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An uploaded file's stream that counts the bytes read and stops at the limit, so that an endless body ends as a
 * 413 problem ({@link TooLarge#problem}) while it is read, whatever its Content-Length claimed. Shared by the CSV
 * imports (revenue lines; accounts and contacts).
 */
public final class LimitedUpload extends FilterInputStream {
    /** Thrown by a read past the limit; its problem is the 413 to answer. */
    public static final class TooLarge extends IOException {
        public final transient ApiProblem problem;

        TooLarge(ApiProblem problem) {
            super(problem.getMessage());
            this.problem = problem;
        }
    }

    private final long max;
    private long count;

    public LimitedUpload(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    /** Bytes read so far. */
    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(long n) throws IOException {
        count += n;
        if (count > max) {
            throw new TooLarge(new ApiProblem(413, "payload-too-large", "Payload too large", "The file is larger than"
                    + " the import limit of " + max + " bytes; split it into smaller files.", null));
        }
    }
}
