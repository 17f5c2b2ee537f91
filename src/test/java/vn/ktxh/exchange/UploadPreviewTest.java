package vn.ktxh.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ktxh.area.AreaFixture.DONG_PHONG;
import static vn.ktxh.area.AreaFixture.SAN_THANG;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import vn.ktxh.account.Access;
import vn.ktxh.account.Account;
import vn.ktxh.account.Role;
import vn.ktxh.area.AreaFixture;
import vn.ktxh.cycle.Cycles.ReportKey;
import vn.ktxh.cycle.ReportState;
import vn.ktxh.data.FigureKind;
import vn.ktxh.exchange.UploadPreview.Facts;
import vn.ktxh.exchange.UploadPreview.Rows;
import vn.ktxh.exchange.UploadRules.Key;
import vn.ktxh.exchange.UploadRules.Reported;
import vn.ktxh.indicator.AnIndicator;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.shared.AccessRefused;
import vn.ktxh.shared.Conflict;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.RejectedInputs;

/** The upload preview as plain Java: CSV text in, the facts it needs as values, no Spring and no database. */
class UploadPreviewTest {

    private static final Period YEAR = Period.parse("2024");
    private static final Indicator REVENUE = indicator("NS01", "Thu ngân sách trên địa bàn", "triệu đồng");
    private static final Indicator SCHOOLS = indicator("GD01", "Số trường đạt chuẩn", "trường");
    private static final String HEADER = "indicator,area,period,kind,value,unit,note\n";

    private final UploadPreview check = new UploadPreview(
            AreaFixture.map(), Map.of(REVENUE.code(), REVENUE, SCHOOLS.code(), SCHOOLS), new BigDecimal("50"), "key");

    private static Indicator indicator(String code, String name, String unit) {
        return AnIndicator.code(code)
                .named(name)
                .in(unit)
                .ofSector("tài chính ngân sách")
                .build();
    }

    private static FileContents csv(String lines) {
        return CsvFigures.read((HEADER + lines).getBytes(StandardCharsets.UTF_8), 100);
    }

    private static Facts stored(Map<Key, BigDecimal> stored, Map<ReportKey, ReportState> closed) {
        return new Facts(stored, closed, Map.of(), Set.of(), Map.of());
    }

    private static Key revenue(long areaId) {
        return new Key(REVENUE.code(), areaId, YEAR, FigureKind.ESTIMATE);
    }

    private Preview preview(Rows rows, Facts facts) {
        return check.preview("t", "so-lieu.csv", rows, facts);
    }

    @Test
    void aNumberInVietnameseNotationIsReadAsTheValueAndComparedWithTheStoredOne() {
        Rows rows = check.read(
                csv(
                        "NS01,03408,2024,ước thực hiện,\"1.595,3\",triệu đồng,\nGD01,03408,2024,ước thực hiện,12,trường,\n"),
                null,
                null,
                Optional.empty());

        Preview preview = preview(rows, stored(Map.of(revenue(DONG_PHONG.id()), new BigDecimal("1595.30")), Map.of()));

        assertThat(preview.unchanged()).isEqualTo(1); // 1.595,3 equals the stored 1595.30
        assertThat(preview.changes()).singleElement().satisfies(change -> {
            assertThat(change.indicator()).isEqualTo("GD01");
            assertThat(change.newValue()).isEqualByComparingTo("12");
            assertThat(change.areaName()).isEqualTo("phường Đông Phong");
            assertThat(change.place()).isEqualTo("Dòng 3, cột \"value\"");
            assertThat(change.action()).isEqualTo("mới");
        });
    }

    @Test
    void aNumberInEnglishNotationIsRefusedNamingItsRowAndColumn() {
        Rows rows = check.read(
                csv("NS01,03408,2024,ước thực hiện,\"1,595.3\",triệu đồng,\n"), null, null, Optional.empty());

        assertThatThrownBy(() -> preview(rows, stored(Map.of(), Map.of())))
                .isInstanceOfSatisfying(
                        RejectedInputs.class,
                        refused -> assertThat(refused.problems())
                                .singleElement()
                                .satisfies(problem -> {
                                    assertThat(problem.field()).isEqualTo("2.value");
                                    assertThat(problem.detail()).startsWith("Dòng 2, cột \"value\": ");
                                    assertThat(problem.detail()).contains("1,595.3");
                                }));
    }

    @Test
    void aRowOfAUnitOutsideTheCallersReachRefusesTheFileBeforeAnyValueIsSaid() {
        Access officer = new Access(
                new Account(
                        "dp",
                        "Cán bộ Đông Phong",
                        Role.COMMUNE_OFFICER,
                        DONG_PHONG.id(),
                        List.of(),
                        "x",
                        false,
                        true,
                        0,
                        null),
                AreaFixture.map());
        FileContents file =
                csv("NS01,03408,2024,ước thực hiện,10,triệu đồng,\nNS01,03409,2024,ước thực hiện,20,triệu đồng,\n");

        assertThatThrownBy(() -> check.read(file, null, null, Optional.of(officer)))
                .isInstanceOf(AccessRefused.class)
                .hasMessageContaining("không có quyền nhập số liệu \"Thu ngân sách trên địa bàn\" của xã San Thàng");
        assertThat(check.read(csv("NS01,03408,2024,ước thực hiện,10,triệu đồng,\n"), null, null, Optional.of(officer))
                        .reads())
                .hasSize(1);
    }

    @Test
    void aChangeToAnApprovedReportIsRefusedWhileAnEqualValueIsNot() {
        Map<ReportKey, ReportState> approved = Map.of(new ReportKey(DONG_PHONG.id(), YEAR), ReportState.APPROVED);
        Map<Key, BigDecimal> old = Map.of(revenue(DONG_PHONG.id()), new BigDecimal("10"));

        Rows changed = check.read(csv("NS01,03408,2024,ước thực hiện,11,triệu đồng,\n"), null, null, Optional.empty());
        assertThatThrownBy(() -> preview(changed, stored(old, approved)))
                .isInstanceOf(Conflict.class)
                .hasMessage(
                        "Báo cáo năm 2024 của phường Đông Phong đã được phê duyệt nên số liệu và nội dung bị khóa; cần cấp trên mở lại báo cáo trước khi tải lên");

        Rows same =
                check.read(csv("NS01,03408,2024,ước thực hiện,\"10,0\",triệu đồng,\n"), null, null, Optional.empty());
        assertThat(preview(same, stored(old, approved)).unchanged()).isEqualTo(1);
    }

    @Test
    void aFigureNamedTwiceIsRefusedAtItsSecondRowNamingTheFirst() {
        Rows rows = check.read(
                csv("NS01,03408,2024,ước thực hiện,10,triệu đồng,\n"
                        + "GD01,03408,2024,ước thực hiện,3,trường,\n"
                        + "NS01,03408,2024,ước thực hiện,11,triệu đồng,\n"),
                null,
                null,
                Optional.empty());

        assertThatThrownBy(() -> preview(rows, stored(Map.of(), Map.of())))
                .isInstanceOfSatisfying(
                        RejectedInputs.class,
                        refused -> assertThat(refused.problems())
                                .extracting(RejectedInput::field, RejectedInput::detail)
                                .containsExactly(
                                        Tuple.tuple(
                                                "4.indicator",
                                                "Dòng 4, cột \"indicator\": số liệu ước thực hiện của chỉ tiêu \"NS01\" kỳ 2024 đã có ở dòng 2")));
    }

    @Test
    void aLineOfAnotherUnitThanTheOneChosenIsRefusedWhereItStands() {
        Rows rows = check.read(
                csv("NS01,03408,2024,ước thực hiện,10,triệu đồng,\nNS01,03409,2024,ước thực hiện,20,triệu đồng,\n"),
                "03408",
                "2024",
                Optional.empty());

        assertThat(rows.reads()).hasSize(1);
        assertThat(rows.problems())
                .extracting(FileContents.ProblemAt::text)
                .containsExactly("Dòng 3, cột \"area\": mã đơn vị \"03409\" khác đơn vị đã chọn \"03408\"");
    }

    @Test
    void warnsOfADueIndicatorWithoutAValueAndOfABlankCellOverAStoredValue() {
        FileContents read = csv("NS01,03408,2024,ước thực hiện,10,triệu đồng,\n");
        Place cell = new Place("Số liệu", 9, Map.of("value", "Thực hiện"));
        UploadedFigure blank = new UploadedFigure(cell, "NS01", "03408", "2024", FigureKind.FINAL, null, null, null);
        Rows rows = check.read(
                new FileContents(null, null, null, List.of(read.figures().get(0), blank), List.of(), List.of()),
                null,
                null,
                Optional.empty());
        ReportKey report = new ReportKey(DONG_PHONG.id(), YEAR);
        Key storedFinal = new Key(REVENUE.code(), DONG_PHONG.id(), YEAR, FigureKind.FINAL);

        Preview preview = preview(
                rows,
                new Facts(
                        Map.of(storedFinal, new BigDecimal("9")),
                        Map.of(),
                        Map.of(report, Set.of("NS01", "GD01")),
                        Set.of(new Reported(SAN_THANG.id(), YEAR, "GD01")), // another unit's value is no excuse
                        Map.of()));

        assertThat(preview.warnings())
                .containsExactly(
                        "Trang \"Số liệu\", dòng 9, cột \"Thực hiện\": ô để trống nhưng đã có số liệu 9; tải lên không xoá số liệu, giá trị đã lưu được giữ nguyên",
                        "phường Đông Phong, kỳ năm 2024: chỉ tiêu \"Số trường đạt chuẩn\" (GD01) có kế hoạch nhưng chưa có số liệu ước thực hiện hoặc thực hiện");
    }

    @Test
    void aCommitIsRefusedNamingEachFigureThatMovedSinceThePreview() {
        Preview preview = preview(
                check.read(
                        csv(
                                "NS01,03408,2024,ước thực hiện,\"1.595,3\",triệu đồng,\nGD01,03408,2024,ước thực hiện,12,trường,\n"),
                        null,
                        null,
                        Optional.empty()),
                stored(Map.of(revenue(DONG_PHONG.id()), new BigDecimal("1500")), Map.of()));

        Map<String, BigDecimal> now = Map.of("NS01", new BigDecimal("1500.0"), "GD01", new BigDecimal("7"));
        assertThat(preview.stale(c -> now.get(c.indicator()), 100))
                .extracting(RejectedInput::detail)
                .containsExactly(
                        "Dòng 3, cột \"value\": số liệu ước thực hiện của \"Số trường đạt chuẩn\" đã đổi thành 7 sau khi xem trước (lúc xem trước: trống); hãy tải tệp lên lại để xem thay đổi mới");
        assertThat(preview.stale(c -> c.oldValue(), 100)).isEmpty();
    }

    @Test
    void aBlankCellIsWarnedOfEvenWhenNoOtherCellOfItsIndicatorHasAValue() {
        Place cell = new Place("Số liệu", 9, Map.of("value", "Ước thực hiện"));
        UploadedFigure blank = new UploadedFigure(cell, "NS01", "03408", "2024", FigureKind.ESTIMATE, null, null, null);
        Rows rows = check.read(
                new FileContents(null, null, null, List.of(blank), List.of(), List.of()), null, null, Optional.empty());

        // what the door reads for the preview covers the blank's figure
        assertThat(rows.areaIds()).containsExactly(DONG_PHONG.id());
        assertThat(rows.periods()).containsExactly(YEAR);
        assertThat(rows.storedCodes()).containsExactly("NS01");
        assertThat(preview(rows, stored(Map.of(revenue(DONG_PHONG.id()), new BigDecimal("62")), Map.of()))
                        .warnings())
                .containsExactly(
                        "Trang \"Số liệu\", dòng 9, cột \"Ước thực hiện\": ô để trống nhưng đã có số liệu 62; tải lên không xoá số liệu, giá trị đã lưu được giữ nguyên");
    }
}
