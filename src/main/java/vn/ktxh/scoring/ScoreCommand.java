package vn.ktxh.scoring;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ktxh.extraction.DocumentText;
import vn.ktxh.extraction.ExtractionCommands;
import vn.ktxh.extraction.IndicatorStatement;
import vn.ktxh.extraction.StatementExtractor;
import vn.ktxh.extraction.StatementJson;
import vn.ktxh.scoring.files.GoldLines;

/**
 * {@code extract-score}: the extractor measured against the benchmark's hand labels, as score.py measures it.
 * A tool for developing the extractor, not part of it:
 * <pre>
 * extract-score --gold GOLD.jsonl --docs DIR       extract the gold's documents from DIR and score them
 * extract-score --gold GOLD.jsonl --predicted P.jsonl   score a prediction file
 * extract-score --gold A.jsonl --docs DA --gold B.jsonl --docs DB   score each set, then all together
 * </pre>
 * Returns the exit code: 0 done, 1 a file could not be read, 2 wrong usage.
 */
public final class ScoreCommand {

    private static final String USAGE = """
            Cách dùng:
              extract-score --gold GOLD.jsonl --docs THƯ_MỤC  trích các văn bản có trong GOLD rồi chấm điểm
              extract-score --gold GOLD.jsonl --predicted DỰ_ĐOÁN.jsonl   chấm điểm một tệp dự đoán
              (lặp lại --gold … --docs/--predicted … để chấm nhiều bộ: từng bộ rồi tất cả)""";

    private ScoreCommand() {}

    public static boolean handles(String[] args) {
        return args.length > 0 && args[0].equals("extract-score");
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (!handles(args)) {
            err.println(USAGE);
            return 2;
        }
        return ExtractionCommands.exitCode(() -> score(Arrays.asList(args).subList(1, args.length), out, err), err);
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
            List<Map<String, Object>> gold = GoldLines.read(Path.of(set.gold()));
            List<Map<String, Object>> predicted = set.predicted() != null
                    ? GoldLines.read(Path.of(set.predicted()))
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
    private record ScoredSet(String gold, String docs, String predicted) {}

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
                predictions.add(GoldLines.parse(StatementJson.of(s)));
            }
        }
        return predictions;
    }
}
