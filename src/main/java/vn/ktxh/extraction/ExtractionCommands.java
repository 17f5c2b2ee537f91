package vn.ktxh.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line of the extractor, run before the application starts:
 * <pre>
 * extract FILE...                                  one JSON statement per line
 * extract --text FILE...                           the text the extractor reads, line by line
 * extract-score --gold GOLD.jsonl --docs DIR       extract the gold's documents from DIR and score them
 * extract-score --gold GOLD.jsonl --predicted P.jsonl   score a prediction file
 * </pre>
 * Returns the exit code: 0 done, 1 a file could not be read, 2 wrong usage.
 */
public final class ExtractionCommands {

    private static final String USAGE = """
            Cách dùng:
              extract TỆP...                                  trích chỉ tiêu, mỗi dòng một JSON
              extract --text TỆP...                           in văn bản đã đọc được (số dòng khớp với "line")
              extract-score --gold GOLD.jsonl --docs THƯ_MỤC  trích các văn bản có trong GOLD rồi chấm điểm
              extract-score --gold GOLD.jsonl --predicted DỰ_ĐOÁN.jsonl   chấm điểm một tệp dự đoán""";

    private ExtractionCommands() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("extract") || args[0].equals("extract-score"));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "extract" -> extract(rest, out, err);
                case "extract-score" -> score(rest, out, err);
                default -> {
                    err.println("Lệnh \"%s\" không có.%n%s".formatted(args[0], USAGE));
                    yield 2;
                }
            };
        } catch (UnreadableDocument e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("Không đọc được tệp: " + e.getMessage());
            return 1;
        }
    }

    private static int extract(List<String> args, PrintStream out, PrintStream err) throws IOException {
        boolean textOnly = args.contains("--text");
        List<String> files = args.stream().filter(a -> !a.equals("--text")).toList();
        if (files.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        StatementExtractor extractor = new StatementExtractor();
        int code = 0;
        for (String file : files) {
            try {
                DocumentText document = DocumentText.read(Path.of(file));
                if (textOnly) {
                    document.lines().forEach(out::println);
                } else {
                    extractor.extract(document).forEach(s -> out.println(StatementJson.of(s)));
                }
            } catch (UnreadableDocument e) {
                err.println(e.getMessage());
                code = 1;
            }
        }
        return code;
    }

    private static int score(List<String> args, PrintStream out, PrintStream err) throws IOException {
        String gold = option(args, "--gold");
        String docs = option(args, "--docs");
        String predicted = option(args, "--predicted");
        if (gold == null || (docs == null) == (predicted == null)) {
            err.println(USAGE);
            return 2;
        }
        List<Map<String, Object>> goldRecords = readJsonLines(Path.of(gold));
        List<Map<String, Object>> predictions;
        if (predicted != null) {
            predictions = readJsonLines(Path.of(predicted));
        } else {
            predictions = new ArrayList<>();
            Set<String> names = new LinkedHashSet<>();
            goldRecords.forEach(g -> names.add(String.valueOf(g.get("doc"))));
            StatementExtractor extractor = new StatementExtractor();
            for (String name : names.stream().sorted().toList()) {
                Path file = Path.of(docs).resolve(name);
                if (!Files.exists(file)) {
                    err.println("Không thấy văn bản " + file);
                    continue;
                }
                for (IndicatorStatement s : extractor.extract(DocumentText.read(file))) {
                    predictions.add(JsonLine.parse(StatementJson.of(s)));
                }
            }
        }
        Scorer.score(predictions, goldRecords).report().forEach(out::println);
        return 0;
    }

    static List<Map<String, Object>> readJsonLines(Path file) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                Map<String, Object> record = JsonLine.parse(line.strip());
                if (record != null) {
                    out.add(record);
                }
            }
        }
        return out;
    }

    private static String option(List<String> args, String name) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : null;
    }
}
