package vn.ktxh.document.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.ktxh.document.DocumentRenderer;
import vn.ktxh.document.OfficialDocument;
import vn.ktxh.document.ReportFormat;
import vn.ktxh.document.Table;

/**
 * The annexes as a workbook, one sheet each, whole (not sliced into pages). Numbers stay numeric cells so they
 * can be summed and charted. Their formats are the built-in codes "#,##0" / "#,##0.0…": in a format code "," and
 * "." mean "group" and "decimal point", and Excel and LibreOffice draw them with the separators of the reader's
 * locale — 1.595,3 on a Vietnamese system. A code written with Vietnamese separators ("#.##0,0") would instead
 * be read as literal characters and scaling, and would print wrong everywhere. POI cannot set a workbook locale.
 */
@Component
public class XlsxRenderer implements DocumentRenderer {

    @Override
    public ReportFormat format() {
        return ReportFormat.XLSX;
    }

    @Override
    public byte[] render(OfficialDocument doc) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            for (OfficialDocument.Annex annex : doc.annexes()) {
                sheet(wb.createSheet(annex.label()), annex, styles);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, OfficialDocument.Annex annex, Styles styles) {
        Table table = annex.table();
        int last = table.columns().size() - 1;
        int r = 0;
        for (String line : List.of(annex.label(), annex.title(), annex.subtitle())) {
            Row row = sheet.createRow(r);
            Cell cell = row.createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(line.equals(annex.subtitle()) ? styles.subtitle : styles.title);
            if (last > 0) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
            }
            r++;
        }
        r++;
        int headerRow = r;
        Row head = sheet.createRow(r++);
        head.setHeightInPoints(48);
        for (int c = 0; c <= last; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(table.columns().get(c).header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, Math.min(255, table.columns().get(c).width() * 3 / 2 + 4) * 256);
        }
        for (List<Table.Cell> cells : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c <= last; c++) {
                Table.Cell value = cells.get(c);
                Cell cell = row.createCell(c);
                if (value.isNumber()) {
                    cell.setCellValue(value.number().doubleValue());
                    cell.setCellStyle(styles.number(Math.max(0, value.number().scale()), value.bold()));
                } else {
                    cell.setCellValue(value.text());
                    cell.setCellStyle(styles.text(table.columns().get(c).align(), value.bold()));
                }
            }
        }
        sheet.createFreezePane(table.keptColumns() < table.columns().size() ? table.keptColumns() : 0, headerRow + 1);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    /** Cell styles are shared: a workbook holds at most 64 000 of them. */
    private static final class Styles {
        private final XSSFWorkbook wb;
        private final Font plain;
        private final Font bold;
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        private final Map<String, CellStyle> cache = new HashMap<>();

        Styles(XSSFWorkbook wb) {
            this.wb = wb;
            plain = font(false, false);
            bold = font(true, false);
            title = wb.createCellStyle();
            title.setFont(bold);
            title.setAlignment(HorizontalAlignment.CENTER);
            subtitle = wb.createCellStyle();
            subtitle.setFont(font(false, true));
            subtitle.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
        }

        CellStyle number(int decimals, boolean isBold) {
            return cache.computeIfAbsent("n" + decimals + isBold, k -> {
                CellStyle s = bordered(isBold ? bold : plain);
                s.setAlignment(HorizontalAlignment.RIGHT);
                s.setDataFormat(
                        wb.createDataFormat().getFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)));
                return s;
            });
        }

        CellStyle text(Table.Align align, boolean isBold) {
            return cache.computeIfAbsent("t" + align + isBold, k -> {
                CellStyle s = bordered(isBold ? bold : plain);
                s.setWrapText(true);
                s.setAlignment(
                        switch (align) {
                            case LEFT -> HorizontalAlignment.LEFT;
                            case CENTER -> HorizontalAlignment.CENTER;
                            case RIGHT -> HorizontalAlignment.RIGHT;
                        });
                return s;
            });
        }

        private CellStyle bordered(Font font) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }

        private Font font(boolean isBold, boolean italic) {
            Font f = wb.createFont();
            f.setFontName(DocxRenderer.FONT);
            f.setFontHeightInPoints((short) 12);
            f.setBold(isBold);
            f.setItalic(italic);
            return f;
        }
    }
}
