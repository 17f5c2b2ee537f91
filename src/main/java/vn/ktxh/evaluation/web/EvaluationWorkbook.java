package vn.ktxh.evaluation.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ktxh.evaluation.Evaluation;

/**
 * The annex as an .xlsx sheet. Numbers stay numbers (a user adds them up in Excel), each with a format
 * of exactly its printed decimals. A format code is stored in Excel's neutral notation ("#,##0.0") and
 * shown with the separators of the reader's locale, so under Vietnamese settings the cell reads
 * "1.595,3" — the only way a workbook can ask for Vietnamese notation without turning numbers into text.
 */
final class EvaluationWorkbook {

    static final String[] HEADERS = {
        "STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Ước thực hiện/Thực hiện", "% so KH", "So cùng kỳ", "Đánh giá"
    };
    private static final int[] WIDTHS = {6, 60, 14, 30, 16, 10, 16, 14};

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final Map<Integer, CellStyle> numberStyles = new HashMap<>();
    private final CellStyle text;
    private final CellStyle bold;

    private EvaluationWorkbook() {
        text = book.createCellStyle();
        bordered(text);
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.CENTER);
        Font boldFont = book.createFont();
        boldFont.setBold(true);
        bold = book.createCellStyle();
        bold.cloneStyleFrom(text);
        bold.setFont(boldFont);
        bold.setAlignment(HorizontalAlignment.CENTER);
    }

    static void write(AnnexTable annex, OutputStream out) throws IOException {
        EvaluationWorkbook workbook = new EvaluationWorkbook();
        try (XSSFWorkbook book = workbook.book) {
            workbook.fill(annex);
            book.write(out);
        }
    }

    private void fill(AnnexTable annex) {
        Sheet sheet = book.createSheet("Đánh giá");
        Font titleFont = book.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 13);
        CellStyle titleStyle = book.createCellStyle();
        titleStyle.setFont(titleFont);
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue(annex.title());
        title.setCellStyle(titleStyle);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
        sheet.createRow(1).createCell(0).setCellValue(annex.count().sentence());

        Row header = sheet.createRow(3);
        for (int c = 0; c < HEADERS.length; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(HEADERS[c]);
            cell.setCellStyle(bold);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, 4);
        int r = 4;
        for (AnnexTable.Section section : annex.sections()) {
            Row row = sheet.createRow(r++);
            textCell(row, 0, section.numeral()).setCellStyle(bold);
            textCell(row, 1, section.sector()).setCellStyle(bold);
            for (AnnexTable.Row line : section.rows()) {
                evaluation(sheet.createRow(r++), line);
            }
        }
    }

    private void evaluation(Row row, AnnexTable.Row line) {
        Evaluation e = line.evaluation();
        numberCell(row, 0, BigDecimal.valueOf(line.number()));
        textCell(
                row, 1, e.indicator().name() + (e.target() != null && e.target().derived() ? " (*)" : ""));
        textCell(row, 2, e.indicator().unit().name());
        if (e.target() == null) {
            textCell(row, 3, "");
        } else if (e.target().form().isAmount()) {
            numberCell(row, 3, e.target().value());
        } else {
            textCell(row, 3, e.target().inWords(e.indicator().unit()));
        }
        numberCell(
                row,
                4,
                e.actual() == null
                        ? null
                        : e.actual().setScale(3, RoundingMode.HALF_UP)); // a rolled-up rate has 16 digits
        numberCell(row, 5, e.percentOfPlan() == null ? null : e.percentOfPlan().asPrinted());
        textCell(row, 6, e.change() == null ? "" : e.change().words());
        textCell(
                row,
                7,
                e.status() == null ? "" : e.status().symbol() + " " + e.status().label());
    }

    private Cell textCell(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(text);
        return cell;
    }

    private void numberCell(Row row, int column, BigDecimal value) {
        if (value == null) {
            textCell(row, column, "");
            return;
        }
        BigDecimal shown = value.stripTrailingZeros();
        int decimals = Math.max(0, shown.scale());
        Cell cell = row.createCell(column);
        cell.setCellValue(shown.doubleValue());
        cell.setCellStyle(numberStyles.computeIfAbsent(decimals, this::numberStyle));
    }

    /** "#,##0" or "#,##0.0…" with exactly the decimals of the value, so 100 is not shown as "100,0". */
    private CellStyle numberStyle(int decimals) {
        CellStyle style = book.createCellStyle();
        bordered(style);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setDataFormat(
                book.createDataFormat().getFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)));
        return style;
    }

    private static void bordered(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }
}
