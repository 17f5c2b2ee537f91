package vn.ktxh.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ktxh.area.Area;
import vn.ktxh.area.AreaKind;
import vn.ktxh.shared.Period;

/** The particulars of the header, written as Nghị định 30/2020 asks. */
class ReportBuilderTest {

    private static final Area CITY =
            new Area(1, "105", "Lai Châu", AreaKind.PROVINCIAL_CITY, null, LocalDate.of(2004, 1, 1), null, false);

    @Test
    void placeAndDateAreWrittenInWordsWithTheLeadingZerosOfTheDecree() {
        Narrative.Particulars seed =
                new Narrative.Particulars("5268", null, LocalDate.of(2024, 11, 28), null, null, List.of());
        assertThat(ReportBuilder.placeAndDate(CITY, Period.parse("2024"), seed))
                .isEqualTo("Thành phố Lai Châu, ngày 28 tháng 11 năm 2024");
        assertThat(ReportBuilder.dateWords(LocalDate.of(2025, 2, 5), Period.parse("2024")))
                .isEqualTo("ngày 05 tháng 02 năm 2025");
        assertThat(ReportBuilder.dateWords(LocalDate.of(2025, 3, 15), Period.parse("2024")))
                .isEqualTo("ngày 15 tháng 3 năm 2025");
    }

    @Test
    void aMissingDateIsLeftBlankForTheDayOfSigning() {
        assertThat(ReportBuilder.placeAndDate(CITY, Period.parse("2024-H1"), Narrative.Particulars.NONE))
                .isEqualTo(
                        "Thành phố Lai Châu, ngày" + ReportBuilder.BLANK + "tháng" + ReportBuilder.BLANK + "năm 2024");
    }

    @Test
    void aWideTableIsPrintedInSlicesThatRepeatItsFirstColumns() {
        List<Table.Column> columns = new ArrayList<>(List.of(
                new Table.Column("STT", 5, Table.Align.CENTER), new Table.Column("Đơn vị", 20, Table.Align.LEFT)));
        for (int i = 0; i < 16; i++) {
            columns.add(new Table.Column("C" + i, 10, Table.Align.RIGHT));
        }
        List<Table.Cell> row =
                columns.stream().map(c -> Table.Cell.text(c.header())).toList();
        List<Table> slices = new Table(columns, List.of(row), 2, 7).slices();
        assertThat(slices).hasSize(3);
        assertThat(slices.get(2).columns())
                .extracting(Table.Column::header)
                .containsExactly("STT", "Đơn vị", "C14", "C15");
        assertThat(slices.get(1).rows().get(0)).extracting(Table.Cell::display).startsWith("STT", "Đơn vị", "C7");
    }
}
