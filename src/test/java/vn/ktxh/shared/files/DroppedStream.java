package vn.ktxh.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Bytes whose reading breaks once they have all been read, as a connection that drops: what a streaming reader handed
 * on before the break, it handed on without waiting for the end.
 */
public final class DroppedStream extends InputStream {

    private final InputStream readable;

    public DroppedStream(String readable) {
        this.readable = new ByteArrayInputStream(readable.getBytes(StandardCharsets.UTF_8));
    }

    /** The same as text. */
    public static Reader reader(String readable) {
        return new InputStreamReader(new DroppedStream(readable), StandardCharsets.UTF_8);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = readable.read(buffer, offset, length);
        if (n < 0) {
            throw new IOException("the connection dropped");
        }
        return n;
    }
}
