package io.rapport.importer.reviews.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * Decodes a byte stream strictly, handing over every character before an invalid byte sequence and only then
 * failing. {@link java.io.InputStreamReader} throws as soon as its decoder meets bad bytes, dropping the
 * characters it had decoded before them in the same block: the rows before the damage would be lost, and the
 * error's position unknown.
 */
final class StrictDecodingReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(32 << 10).flip();
    private boolean eof;
    private boolean flushed;
    private CoderResult pendingError;

    StrictDecodingReader(InputStream in, CharsetDecoder decoder) {
        this.in = in;
        this.decoder = decoder;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off) {
            if (pendingError != null) {
                pendingError.throwException(); // after the good characters went out
            }
            if (flushed) {
                return -1;
            }
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                pendingError = r;
            } else if (r.isUnderflow()) {
                if (eof) {
                    decoder.flush(out);
                    flushed = true;
                } else if (out.position() == off) {
                    fill();
                }
            }
        }
        return out.position() - off;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
