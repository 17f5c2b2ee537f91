package vn.ktxh.exchange.xlsx;

import static vn.ktxh.exchange.xlsx.SheetLayout.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.ktxh.exchange.Template;

/**
 * Writes the template: a protected sheet "Số liệu" where only the estimate, final and note columns are open, and a
 * very hidden sheet "_ktxh" with the stamp. The protection password is not a secret; it keeps the structure from
 * being changed by mistake, and the reader checks everything anyway.
 */
@Component
public class TemplateWriter {

    static final String PROTECTION = "ktxh";

    public byte[] write(Template template) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            XSSFSheet sheet = book.createSheet(SHEET);
            header(sheet, template, styles);
            for (int i = 0; i < template.rows().size(); i++) {
                row(sheet.createRow(HEADER_ROW + 1 + i), template.rows().get(i), styles);
            }
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.protectSheet(PROTECTION);
            sheet.lockFormatColumns(false); // widening a column to read a long name is harmless
            stamp(book, template);
            book.setActiveSheet(0);
            book.lockStructure(); // no sheet added, removed, renamed or unhidden
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(XSSFSheet sheet, Template t, Styles styles) {
        Row title = sheet.createRow(0);
        text(title, 0, "BIỂU NHẬP SỐ LIỆU CHỈ TIÊU KINH TẾ - XÃ HỘI", styles.title);
        Row area = sheet.createRow(AREA_ROW);
        text(area, 0, AREA_LABEL, styles.label);
        text(area, 1, t.areaCode(), styles.bold);
        text(area, 2, t.areaName(), styles.bold);
        Row period = sheet.createRow(PERIOD_ROW);
        text(period, 0, PERIOD_LABEL, styles.label);
        text(period, 1, t.period(), styles.bold);
        text(period, 2, t.periodLabel(), styles.bold);
        text(
                sheet.createRow(3),
                0,
                "Chỉ nhập vào các cột \"%s\", \"%s\", \"%s\". Số viết kiểu Việt Nam (1.595,3) hoặc nhập số của Excel; không dùng công thức. Ô để trống: giữ nguyên số liệu đã có."
                        .formatted(ESTIMATE, FINAL, NOTE),
                styles.plain);
        Row headings = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < HEADINGS.size(); c++) {
            text(headings, c, HEADINGS.get(c), styles.heading);
        }
    }

    private static void row(Row row, Template.Row r, Styles styles) {
        Cell number = row.createCell(column(NUMBER));
        number.setCellValue(r.number());
        number.setCellStyle(styles.locked);
        text(row, column(CODE), r.indicator(), styles.locked);
        text(row, column(NAME), r.name(), styles.lockedWrap);
        text(row, column(UNIT), r.unit(), styles.locked);
        value(row, column(TARGET), r.target(), styles.lockedNumbers, styles);
        value(row, column(ESTIMATE), r.estimate(), styles.inputNumbers, styles);
        value(row, column(FINAL), r.finalValue(), styles.inputNumbers, styles);
        text(row, column(NOTE), r.note(), styles.input);
    }

    private static void value(Row row, int column, BigDecimal value, Map<Integer, CellStyle> byScale, Styles styles) {
        Cell cell = row.createCell(column);
        int scale = value == null
                ? -1
                : Math.max(0, Math.min(6, value.stripTrailingZeros().scale()));
        cell.setCellStyle(byScale.computeIfAbsent(scale, s -> styles.number(byScale == styles.inputNumbers, s)));
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static void stamp(XSSFWorkbook book, Template t) {
        XSSFSheet sheet = book.createSheet(STAMP_SHEET);
        String[][] pairs = {
            {KEY_VERSION, t.stamp().version()},
            {KEY_AREA, t.stamp().areaCode()},
            {KEY_VALID_FROM, t.stamp().areaValidFrom().toString()},
            {KEY_PERIOD, t.stamp().period()},
            {KEY_SIGNATURE, t.stamp().signature()}
        };
        for (int i = 0; i < pairs.length; i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(pairs[i][0]);
            row.createCell(1).setCellValue(pairs[i][1]);
        }
        sheet.protectSheet(PROTECTION);
        book.setSheetVisibility(book.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    /** Cell styles made once per workbook (Excel allows a limited number). */
    private static final class Styles {
        final XSSFWorkbook book;
        final CellStyle title, label, bold, plain, heading, locked, lockedWrap, input;
        final Map<Integer, CellStyle> lockedNumbers = new HashMap<>();
        final Map<Integer, CellStyle> inputNumbers = new HashMap<>();

        Styles(XSSFWorkbook book) {
            this.book = book;
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            Font titleFont = book.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = book.createCellStyle();
            title.setFont(titleFont);
            label = book.createCellStyle();
            bold = book.createCellStyle();
            bold.setFont(boldFont);
            plain = book.createCellStyle();
            heading = bordered(true);
            heading.setFont(boldFont);
            heading.setAlignment(HorizontalAlignment.CENTER);
            heading.setWrapText(true);
            heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            locked = bordered(true);
            lockedWrap = bordered(true);
            lockedWrap.setWrapText(true);
            input = bordered(false);
            input.setWrapText(true);
        }

        CellStyle bordered(boolean isLocked) {
            CellStyle style = book.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setLocked(isLocked);
            if (!isLocked) {
                style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return style;
        }

        /**
         * Grouped thousands with as many decimals as the value has: Excel shows the separators of the user's
         * locale, so a Vietnamese Excel prints 1.595,3. An empty input cell gets General, which never shows
         * a dangling decimal mark.
         */
        CellStyle number(boolean open, int scale) {
            CellStyle style = bordered(!open);
            String format = scale < 0 ? "General" : scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale);
            style.setDataFormat(book.createDataFormat().getFormat(format));
            return style;
        }
    }
}
