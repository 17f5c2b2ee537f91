package vn.ktxh.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.ktxh.extraction.UnitKey;

/**
 * The Java scorer prints what the reference score.py prints. The fixtures are gold records of seeds 000 and 001 and a
 * prediction file made from them with deliberate faults (lines moved by 2 and by 3, wrong values, kinds, units,
 * comparators, % of plan and change, a duplicate, a bad line, a path before the file name, an unknown document).
 */
class ScorerTest {

    /** Printed by {@code python3 score.py predicted-sample.jsonl gold-sample.jsonl} on these two files. */
    private static final String SCORE_PY_OUTPUT = """
            predicted 112 gold 109 matched 77
            P 0.688 R 0.706
            on matches: comparator 0.857 pct_of_plan 0.922 change_pct 0.948
            on matches: period 0.766 area 0.948
              000_9efadce11960fece.txt: predicted 74 gold 72 matched 52 F1 0.712
              001_e35dd3d99b24ae2d.txt: predicted 37 gold 37 matched 25 F1 0.676
              unknown.txt: predicted 1 gold 0 matched 0 F1 0.000
            mean F1 over documents 0.694
            F1 0.697
            """;

    @Test
    void printsTheFiguresOfTheReferenceScorer() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ScoreCommand.run(
                new String[] {
                    "extract-score",
                    "--gold",
                    resource("gold-sample.jsonl"),
                    "--predicted",
                    resource("predicted-sample.jsonl")
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines(SCORE_PY_OUTPUT);
    }

    @Test
    void scoresEachSetThenAllTogether() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String gold = resource("gold-sample.jsonl");
        String predicted = resource("predicted-sample.jsonl");
        int code = ScoreCommand.run(
                new String[] {
                    "extract-score", "--gold", gold, "--predicted", predicted, "--gold", gold, "--predicted", predicted
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(code).isZero();
        String printed = out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertThat(printed)
                .startsWith(
                        "== " + gold + "\n" + SCORE_PY_OUTPUT + "== " + gold + "\n" + SCORE_PY_OUTPUT + "== tất cả\n");
        assertThat(printed).contains("predicted 224 gold 218 matched 154\n");
    }

    @Test
    void refusesASetWithoutItsDocuments() {
        int code = ScoreCommand.run(
                new String[] {"extract-score", "--gold", "a.jsonl", "--gold", "b.jsonl", "--docs", "d"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));
        assertThat(code).isEqualTo(2);
    }

    @Test
    void comparesUnitsAsTheReadmeSays() {
        assertThat(UnitKey.of("hộ gia đình")).isEqualTo(UnitKey.of("hộ"));
        assertThat(UnitKey.of("phòng học")).isEqualTo(UnitKey.of("phòng"));
        assertThat(UnitKey.of("triệu lượt khách")).isEqualTo(UnitKey.of("triệu lượt"));
        assertThat(UnitKey.of("triệu tấn")).isNotEqualTo(UnitKey.of("triệu người"));
        assertThat(UnitKey.of("tỷ usd")).isNotEqualTo(UnitKey.of("tỷ đồng"));
        assertThat(UnitKey.of("trđ")).isEqualTo(UnitKey.of("triệu đồng"));
        assertThat(UnitKey.of("tr đồng")).isEqualTo(UnitKey.of("triệu đồng"));
        assertThat(UnitKey.of("%o")).isEqualTo(UnitKey.of("‰"));
        assertThat(UnitKey.of("triệu đồng/ha/năm")).isNotEqualTo(UnitKey.of("triệu đồng"));
    }

    @Test
    void roundsAsPythonFormatsFloats() {
        assertThat(Scorer.three(0.0625)).isEqualTo("0.062");
        assertThat(Scorer.three(2.0 / 3)).isEqualTo("0.667");
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(ScorerTest.class.getResource("/extraction/" + name).toURI())
                .toString();
    }
}
