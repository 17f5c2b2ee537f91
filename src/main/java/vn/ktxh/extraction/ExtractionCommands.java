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
 * extract-score --gold A.jsonl --docs DA --gold B.jsonl --docs DB   score each set, then all together
 * </pre>
 * Returns the exit code: 0 done, 1 a file could not be read, 2 wrong usage.
 */
public final class ExtractionCommands {

    private static final String USAGE = """
            Cách dùng:
              extract TỆP...                                  trích chỉ tiêu, mỗi dòng một JSON
              extract --text TỆP...                           in văn bản đã đọc được (số dòng khớp với "line")
              extract-score --gold GOLD.jsonl --docs THƯ_MỤC  trích các văn bản có trong GOLD rồi chấm điểm
              extract-score --gold GOLD.jsonl --predicted DỰ_ĐOÁN.jsonl   chấm điểm một tệp dự đoán
              (lặp lại --gold … --docs/--predicted … để chấm nhiều bộ: từng bộ rồi tất cả)""";

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

    /**
     * Scores one gold file or several ("--gold A --docs DA --gold B --predicted PB"), each as score.py prints it; with
     * several, each under its file name and then all together.
     */
    private static int score(List<String> args, PrintStream out, PrintStream err) throws IOException {
        List<ScoredSet> sets = scoredSets(args);
        if (sets == null) {
            err.println(USAGE);
            return 2;
        }
        List<Map<String, Object>> allPredicted = new ArrayList<>();
        List<Map<String, Object>> allGold = new ArrayList<>();
        for (ScoredSet set : sets) {
            List<Map<String, Object>> gold = readJsonLines(Path.of(set.gold()));
            List<Map<String, Object>> predicted = set.predicted() != null ? readJsonLines(Path.of(set.predicted()))
                    : extractAll(gold, Path.of(set.docs()), err);
            if (sets.size() > 1) {
                out.println("== " + set.gold());
            }
            Scorer.score(predicted, gold).report().forEach(out::println);
            allPredicted.addAll(predicted);
            allGold.addAll(gold);
        }
        if (sets.size() > 1) {
            out.println("== tất cả");
            Scorer.score(allPredicted, allGold).report().forEach(out::println);
        }
        return 0;
    }

    /** A gold file with the folder of its documents or with a prediction file. */
    private record ScoredSet(String gold, String docs, String predicted) {
    }

    /** The sets in the order given; null when a --gold lacks exactly one of --docs, --predicted, or there is none. */
    private static List<ScoredSet> scoredSets(List<String> args) {
        List<ScoredSet> sets = new ArrayList<>();
        int i = 0;
        while (i < args.size()) {
            if (!args.get(i).equals("--gold") || i + 3 >= args.size()) {
                return null;
            }
            String source = args.get(i + 2);
            String path = args.get(i + 3);
            if (source.equals("--docs")) {
                sets.add(new ScoredSet(args.get(i + 1), path, null));
            } else if (source.equals("--predicted")) {
                sets.add(new ScoredSet(args.get(i + 1), null, path));
            } else {
                return null;
            }
            i += 4;
        }
        return sets.isEmpty() ? null : sets;
    }

    private static List<Map<String, Object>> extractAll(List<Map<String, Object>> gold, Path docs, PrintStream err)
            throws IOException {
        List<Map<String, Object>> predictions = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        gold.forEach(g -> names.add(String.valueOf(g.get("doc"))));
        StatementExtractor extractor = new StatementExtractor();
        for (String name : names.stream().sorted().toList()) {
            Path file = docs.resolve(name);
            if (!Files.exists(file)) {
                err.println("Không thấy văn bản " + file);
                continue;
            }
            for (IndicatorStatement s : extractor.extract(DocumentText.read(file))) {
                predictions.add(JsonLine.parse(StatementJson.of(s)));
            }
        }
        return predictions;
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
}
