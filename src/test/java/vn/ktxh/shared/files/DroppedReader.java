package vn.ktxh.shared.files;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/**
 * Text whose reading breaks once it has all been read, as a connection that drops: what a streaming reader handed on
 * before the break, it handed on without waiting for the end.
 */
public final class DroppedReader extends Reader {

    private final Reader readable;

    public DroppedReader(String readable) {
        this.readable = new StringReader(readable);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = readable.read(buffer, offset, length);
        if (n < 0) {
            throw new IOException("the connection dropped");
        }
        return n;
    }

    @Override
    public void close() {}
}
