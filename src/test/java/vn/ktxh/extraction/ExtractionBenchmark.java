package vn.ktxh.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Extraction speed on the 18 development documents: the five seeds and the 13 of gold/more (662.526 bytes of text
 * in all; a built-in sample when the shared folder is absent). One operation extracts every document once; bytes per
 * second = total bytes / time per operation. The shared folder is ../shared, or the one named by -Dktxh.shared.
 * Run: {@code ./mvnw -q -B test-compile && java -cp "target/test-classes:target/classes:$(cat cp.txt)"
 * ExtractionBenchmark} (cp.txt from {@code ./mvnw -q dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {

    private final StatementExtractor extractor = new StatementExtractor();
    private List<DocumentText> documents;
    private long bytes;

    @Setup(Level.Trial)
    public void read() throws IOException {
        documents = new ArrayList<>();
        Path shared = Path.of(System.getProperty("ktxh.shared", "../shared"));
        for (Path folder : List.of(shared.resolve("seeds"), shared.resolve("gold/more/docs"))) {
            if (Files.isDirectory(folder)) {
                try (var files = Files.list(folder)) {
                    for (Path file : files.sorted().toList()) {
                        documents.add(DocumentText.read(file));
                        bytes += Files.size(file);
                    }
                }
            }
        }
        if (documents.isEmpty()) {
            String sample =
                    "BÁO CÁO năm 2025\nThu ngân sách đạt 812 tỷ đồng, đạt 104% dự toán, tăng 6,5% so với cùng kỳ.\n"
                            .repeat(2000);
            documents.add(DocumentText.ofText("sample.txt", sample));
            bytes = sample.getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.println("benchmark text: " + bytes + " bytes");
    }

    @Benchmark
    public void extractTheDevelopmentDocuments(Blackhole sink) {
        for (DocumentText document : documents) {
            sink.consume(extractor.extract(document));
        }
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(ExtractionBenchmark.class.getSimpleName())
                        .build())
                .run();
    }
}
