package vn.ktxh.cycle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.files.DroppedStream;

/** The two forms of a streamed import hand on each figure as soon as its line is read, and name the line they refuse. */
class FigureLinesTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @Test
    void jsonLinesAreHandedOnBeforeTheRestIsRead() {
        List<String> seen = new ArrayList<>();
        List<Integer> read = new ArrayList<>();
        InputStream broken = new DroppedStream("""
                {"indicator":"KT01","area":"12","period":"2025","value":1.5}

                {"indicator":"KT02","area":"12","period":"2025","value":"1.595,3"}
                """);

        assertThatThrownBy(() -> FigureLines.jsonLines(broken, JSON, read::add)
                        .forEach((figure, line) -> seen.add(line + " " + figure.indicator() + " " + figure.value())))
                .isInstanceOf(RejectedInput.class)
                .hasMessage("Không đọc được nội dung sau dòng 3: kết nối bị ngắt giữa chừng");
        assertThat(seen).containsExactly("1 KT01 1.5", "3 KT02 1.595,3");
        assertThat(read).as("the line each figure starts on").containsExactly(1, 3);
    }

    @Test
    void csvRowsAreHandedOnWithTheLineOfTheFile() {
        List<String> seen = new ArrayList<>();
        FigureLines.csv(
                        new StringReader(
                                "indicator;area;period;kind;value;unit;source\nKT02;12;2025;TH;1.595,3;;ghi chú\n"),
                        line -> {})
                .forEach((figure, line) ->
                        seen.add(line + " " + figure.kind() + " " + figure.value() + " " + figure.source()));

        assertThat(seen).containsExactly("2 TH 1.595,3 ghi chú");
    }

    @Test
    void aLineThatIsNoJsonObjectIsRefusedNamingIt() {
        assertThatThrownBy(() -> FigureLines.jsonLines(bytes("{\"indicator\":\"KT01\"}\n[1,2]\n"), JSON, line -> {})
                        .forEach((figure, line) -> {}))
                .isInstanceOfSatisfying(RejectedInput.class, refused -> {
                    assertThat(refused.item()).isEqualTo(2);
                    assertThat(refused.getMessage()).startsWith("Dòng 2: không phải một đối tượng JSON");
                });
    }

    @Test
    void textThatStartsNoValueIsRefusedNamingItsOwnLine() {
        assertThat(lineRefused("\uFEFF{\"indicator\":\"KT01\"}\n\n\nkhông phải JSON\n"))
                .isEqualTo(4);
    }

    @Test
    void anObjectLeftOpenIsRefusedNamingTheLineItStartsOn() {
        assertThat(lineRefused("{\"indicator\":\"KT01\"}\n{\"indicator\":\n\"KT02\"\n"))
                .isEqualTo(2);
    }

    private static Integer lineRefused(String body) {
        return catchThrowableOfType(
                        RejectedInput.class,
                        () -> FigureLines.jsonLines(bytes(body), JSON, line -> {})
                                .forEach((figure, line) -> {}))
                .item();
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
