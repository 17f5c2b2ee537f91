package vn.ktxh.publication.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ktxh.publication.Publication;
import vn.ktxh.publication.PublishedFigure;
import vn.ktxh.shared.VnNumber;
import vn.ktxh.shared.files.Csv;

/**
 * The published table as a file: CSV in Vietnamese notation ("1.595,3", with a byte order mark so Excel reads the
 * diacritics), or .xlsx with numbers left as numbers. An unpublished unit gives the header and a line saying why.
 */
final class PortalTable {

    static final List<String> HEADER = List.of(
            "STT", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "% so kế hoạch", "Đánh giá");

    private PortalTable() {}

    static String csv(Publication publication) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(",", HEADER.stream().map(Csv::cell).toList())).append("\r\n");
        for (List<String> row : rows(publication)) {
            out.append(String.join(",", row.stream().map(Csv::cell).toList())).append("\r\n");
        }
        return out.toString();
    }

    static byte[] xlsx(Publication publication) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Công khai");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            int line = 1;
            for (PublishedFigure f : publication.figures()) {
                Row row = sheet.createRow(line);
                row.createCell(0).setCellValue(line);
                row.createCell(1).setCellValue(f.indicator());
                row.createCell(2).setCellValue(f.name());
                row.createCell(3).setCellValue(f.unit());
                row.createCell(4).setCellValue(f.target() == null ? "" : f.target());
                row.createCell(5)
                        .setCellValue(f.value().doubleValue()); // a cell holds a double; the figure itself stays exact
                if (f.percentOfPlan() != null) {
                    row.createCell(6).setCellValue(f.percentOfPlan().doubleValue());
                }
                row.createCell(7).setCellValue(f.status() == null ? "" : f.status());
                line++;
            }
            if (!publication.published()) {
                sheet.createRow(1).createCell(0).setCellValue(notice(publication));
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static List<List<String>> rows(Publication publication) {
        List<List<String>> rows = new ArrayList<>();
        if (!publication.published()) {
            rows.add(List.of(notice(publication)));
        }
        int line = 1;
        for (PublishedFigure f : publication.figures()) {
            rows.add(List.of(
                    String.valueOf(line++),
                    f.indicator(),
                    f.name(),
                    f.unit(),
                    orEmpty(f.target()),
                    VnNumber.format(f.value()),
                    f.percentOfPlan() == null ? "" : VnNumber.format(f.percentOfPlan()),
                    orEmpty(f.status())));
        }
        return rows;
    }

    /** Why a unit has no figures on the portal, as the page says it. */
    static String notice(Publication publication) {
        return switch (publication.standing()) {
            case PUBLISHED -> "";
            case WITHDRAWN ->
                "Báo cáo %s của %s đã được mở lại để sửa; số liệu tạm rút khỏi trang công khai cho đến khi được phê duyệt lại."
                        .formatted(
                                publication.period().label(), publication.area().fullName());
            case WITHHELD ->
                "Báo cáo %s của %s đã được phê duyệt; cơ quan phê duyệt chưa công bố số liệu trên trang công khai."
                        .formatted(
                                publication.period().label(), publication.area().fullName());
            case NOT_PUBLISHED ->
                "Báo cáo %s của %s chưa được cấp trên phê duyệt nên chưa có số liệu công khai."
                        .formatted(
                                publication.period().label(), publication.area().fullName());
        };
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
