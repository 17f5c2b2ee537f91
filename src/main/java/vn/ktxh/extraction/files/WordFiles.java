package vn.ktxh.extraction.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.ktxh.extraction.UnreadableDocument;

/** The text of a .docx (Apache POI): a paragraph per line, a table row as its cells between "|". */
public final class WordFiles {

    private WordFiles() {}

    public static String text(String name, byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> out = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    out.add(paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        out.add(row.getTableCells().stream()
                                .map(XWPFTableCell::getText)
                                .map(cell -> cell.replace('\n', ' ').replace('|', '/'))
                                .collect(Collectors.joining(" | ")));
                    }
                }
            }
            return String.join("\n", out);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocument("Không đọc được tệp Word \"%s\": tệp hỏng hoặc không phải .docx (%s)"
                    .formatted(name, e.getClass().getSimpleName()));
        }
    }
}
