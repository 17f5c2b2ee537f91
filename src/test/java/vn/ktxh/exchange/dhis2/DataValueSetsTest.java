package vn.ktxh.exchange.dhis2;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ktxh.data.FigureKind;
import vn.ktxh.exchange.FileContents;
import vn.ktxh.exchange.FileContents.ProblemAt;
import vn.ktxh.exchange.UploadedFigure;
import vn.ktxh.exchange.dhis2.CodeMapping.Entry;
import vn.ktxh.exchange.dhis2.CodeMapping.Kind;
import vn.ktxh.exchange.dhis2.DataValueSet.DataValue;
import vn.ktxh.exchange.dhis2.DataValueSets.Outgoing;
import vn.ktxh.shared.Period;

class DataValueSetsTest {

    private static final Set<String> INDICATORS = Set.of("KT01", "XH03", "GD06");
    private static final Set<String> AREAS = Set.of("12", "03388");
    private static final CodeMapping MAPPING = new CodeMapping(List.of(
            new Entry(Kind.DATA_ELEMENT, "f7n9E0hX8qk", "KT01"),
            new Entry(Kind.ORG_UNIT, "DiszpKrYNg8", "03388"),
            new Entry(Kind.CATEGORY_OPTION_COMBO, "HllvX50cXC0", "FINAL")));

    @Test
    void writtenFiguresAreReadBackAsTheSameFigures() {
        Random random = new Random(17400);
        List<String> indicators = List.copyOf(INDICATORS);
        List<String> areas = List.copyOf(AREAS);
        for (int round = 0; round < 500; round++) {
            List<Outgoing> sent = new ArrayList<>();
            for (int i = random.nextInt(1, 20); i > 0; i--) {
                sent.add(new Outgoing(
                        indicators.get(random.nextInt(indicators.size())),
                        areas.get(random.nextInt(areas.size())),
                        Period.month(random.nextInt(2000, 2100), random.nextInt(1, 13)),
                        random.nextBoolean() ? FigureKind.ESTIMATE : FigureKind.FINAL,
                        BigDecimal.valueOf(random.nextLong(-10_000_000, 10_000_000), random.nextInt(0, 4)),
                        random.nextBoolean() ? null : "ghi chú " + i));
            }
            FileContents read =
                    DataValueSets.read(DataValueSets.write(sent, MAPPING), MAPPING, INDICATORS, AREAS::contains, 1000);
            assertThat(read.problems()).isEmpty();
            assertThat(read.figures()).hasSize(sent.size());
            for (int i = 0; i < sent.size(); i++) {
                Outgoing s = sent.get(i);
                UploadedFigure r = read.figures().get(i);
                assertThat(List.of(r.indicator(), r.area(), r.period(), r.kind().name()))
                        .isEqualTo(List.of(
                                s.indicator(),
                                s.area(),
                                s.period().toString(),
                                s.kind().name()));
                assertThat(r.value()).isEqualByComparingTo(s.value());
                assertThat(r.note()).isEqualTo(s.note());
            }
        }
    }

    @Test
    void exportsThroughTheMappingWhereCodesDiffer() {
        DataValueSet set = DataValueSets.write(
                List.of(new Outgoing(
                        "KT01", "03388", Period.parse("2024-Q1"), FigureKind.FINAL, new BigDecimal("1595.30"), null)),
                MAPPING);
        assertThat(set.dataValues())
                .containsExactly(new DataValue("f7n9E0hX8qk", "2024Q1", "DiszpKrYNg8", "HllvX50cXC0", "1595.3", null));
    }

    @Test
    void namesEveryItemAndFieldThatDoesNotMap() {
        DataValueSet set = new DataValueSet(
                "pBOMPrpg1QX",
                "2014-02-03",
                "201401",
                "Zz0000000",
                List.of(
                        new DataValue("Ix2HsbDMLea", null, "DiszpKrYNg8", "ESTIMATE", "2", null),
                        new DataValue("KT01", null, null, "bRowv6yZOF2", "1.595,3", null),
                        new DataValue("XH03", "2024W1", "12", null, "7", null)));
        FileContents read = DataValueSets.read(set, MAPPING, INDICATORS, AREAS::contains, 1000);
        assertThat(read.figures()).isEmpty();
        assertThat(read.problems())
                .extracting(ProblemAt::text)
                .containsExactly(
                        "dataValues[0].dataElement: \"Ix2HsbDMLea\" không phải mã chỉ tiêu của KTXH và chưa có trong bảng ánh xạ DHIS2 (dataElement → mã chỉ tiêu)",
                        "dataValues[1].orgUnit: \"Zz0000000\" không phải mã đơn vị của KTXH và chưa có trong bảng ánh xạ DHIS2 (orgUnit → mã đơn vị)",
                        "dataValues[1].categoryOptionCombo: \"bRowv6yZOF2\" không phải ESTIMATE (ước thực hiện) hay FINAL (thực hiện) và chưa có trong bảng ánh xạ DHIS2",
                        "dataValues[1].value: giá trị \"1.595,3\" không phải số theo cách viết của DHIS2 (dấu chấm thập phân, không phân cách hàng nghìn, ví dụ 1595.3)",
                        "dataValues[2].categoryOptionCombo: không ghi categoryOptionCombo (tổ hợp mặc định \"default\" của DHIS2) mà \"default\" chưa được ánh xạ sang ESTIMATE (ước thực hiện) hoặc FINAL (thực hiện)",
                        "dataValues[2].period: Kỳ DHIS2 \"2024W1\" không đúng dạng; dùng 2024 (năm), 2024S1 (6 tháng), 2024Q1 (quý) hoặc 202403 (tháng)");
    }

    @Test
    void theSetsPeriodAndUnitServeValuesThatNameNoneAndAnEmptyValueIsBlank() {
        DataValueSet set = new DataValueSet(
                null,
                null,
                "2024S1",
                "DiszpKrYNg8",
                List.of(new DataValue("f7n9E0hX8qk", null, null, "HllvX50cXC0", "", "trống")));
        UploadedFigure read = DataValueSets.read(set, MAPPING, INDICATORS, AREAS::contains, 1000)
                .figures()
                .get(0);
        assertThat(List.of(
                        read.indicator(),
                        read.area(),
                        read.period(),
                        read.kind().name()))
                .containsExactly("KT01", "03388", "2024-H1", "FINAL");
        assertThat(read.value()).isNull();
        assertThat(read.place().describe("value")).isEqualTo("dataValues[0].value");
    }
}
