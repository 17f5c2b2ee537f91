package vn.ktxh.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.ktxh.shared.files.Csv;

/** The demo data files shipped in the jar under {@code demo/}. */
final class DemoFiles {

    List<Csv.Row> rows(String name) {
        String path = "/demo/" + name;
        try (InputStream in = DemoFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Thiếu tệp dữ liệu mẫu " + path);
            }
            return Csv.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
