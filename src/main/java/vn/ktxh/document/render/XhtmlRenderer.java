package vn.ktxh.document.render;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ktxh.document.Block;
import vn.ktxh.document.OfficialDocument;
import vn.ktxh.document.OfficialDocument.Annex;
import vn.ktxh.document.Table;

/**
 * The document as XHTML: the web preview, and the source of the PDF. The page layout follows Nghị định 30/2020
 * (A4, margins 20/15/20/30 mm, 14 pt body, 12-13 pt header lines); annexes go on landscape pages. Annex tables are
 * laid out with fixed column widths: measuring every cell of a 100-commune table would double the time of a PDF.
 */
@Component
public class XhtmlRenderer {

    /** The family the PDF renderer registers the Vietnamese-capable serif font under. */
    public static final String PDF_FONT = "KtxhSerif";

    private static final String CSS = """
            @page { size: A4; margin: 20mm 15mm 20mm 30mm;
                    @top-center { content: counter(page); font-family: 'Times New Roman', 'KtxhSerif', serif; font-size: 13pt; } }
            @page :first { @top-center { content: none; } }
            @page landscape { size: A4 landscape; margin: 20mm 15mm 15mm 20mm;
                    @top-center { content: counter(page); font-family: 'Times New Roman', 'KtxhSerif', serif; font-size: 13pt; } }
            body { font-family: 'Times New Roman', 'KtxhSerif', serif; font-size: 14pt; line-height: 1.2; }
            table.layout { width: 100%; border-collapse: collapse; }
            table.layout td { vertical-align: top; text-align: center; padding: 0; }
            .issuer { font-size: 12pt; }
            .nation { font-size: 12pt; font-weight: bold; }
            .motto { font-size: 13pt; font-weight: bold; }
            .motto span { border-bottom: 1px solid black; padding-bottom: 1px; }
            .rule { width: 30%; margin: 4pt auto 0 auto; border-top: 1px solid black; height: 1px; }
            .number { font-size: 13pt; padding-top: 6pt; }
            .place { font-size: 13pt; font-style: italic; padding-top: 6pt; }
            .kind { text-align: center; font-weight: bold; margin: 18pt 0 0 0; }
            .title { text-align: center; font-weight: bold; margin: 0 0 3pt 0; }
            .title-rule { width: 25%; margin: 0 auto 12pt auto; border-top: 1px solid black; height: 1px; }
            p { text-align: justify; text-indent: 10mm; margin: 6pt 0 0 0; }
            h1, h2, h3, h4 { font-size: 14pt; margin: 6pt 0 0 0; }
            h1 { text-align: center; }
            h2, h3, h4 { text-indent: 10mm; }
            h4 { font-style: italic; }
            p.note { text-align: center; text-indent: 0; font-style: italic; }
            table.closing { margin-top: 12pt; }
            table.closing td.recipients { text-align: left; width: 50%; }
            .recipients-title { font-size: 12pt; font-weight: bold; font-style: italic; }
            .recipient { font-size: 11pt; }
            .authority { font-weight: bold; }
            .signer { font-weight: bold; padding-top: 60pt; }
            div.annex { page: landscape; page-break-before: always; width: 255mm; } /* A4 landscape less margins and a little for the borders; a block is otherwise as wide as the first (portrait) page */
            .annex-label { text-align: center; font-weight: bold; font-size: 14pt; }
            .annex-title { text-align: center; font-weight: bold; }
            .annex-subtitle { text-align: center; font-style: italic; margin-bottom: 8pt; }
            table.grid { width: 100%; border-collapse: collapse; font-size: 11pt; margin-bottom: 10pt;
                         table-layout: fixed; -fs-table-paginate: paginate; }
            table.grid th, table.grid td { border: 0.5pt solid black; padding: 2pt 3pt; vertical-align: middle; }
            table.grid th { font-weight: bold; text-align: center; }
            table.grid thead { display: table-header-group; }
            td.LEFT { text-align: left; } td.CENTER { text-align: center; } td.RIGHT { text-align: right; }
            """;

    public String render(OfficialDocument doc) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append(
                        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>")
                .append(esc(doc.kind() + " " + doc.title()))
                .append("</title><style>")
                .append(CSS)
                .append("</style></head><body>");
        header(doc.header(), h);
        h.append("<div class=\"kind\">").append(esc(doc.kind())).append("</div>");
        h.append("<div class=\"title\">").append(esc(doc.title())).append("</div><div class=\"title-rule\"></div>");
        for (Block block : doc.body()) {
            if (block instanceof Block.Heading heading) {
                h.append("<h")
                        .append(heading.level())
                        .append('>')
                        .append(esc(heading.text()))
                        .append("</h")
                        .append(heading.level())
                        .append('>');
            } else if (block instanceof Block.Paragraph paragraph) {
                h.append("<p>").append(esc(paragraph.text())).append("</p>");
            } else if (block instanceof Block.Note note) {
                h.append("<p class=\"note\">").append(esc(note.text())).append("</p>");
            }
        }
        closing(doc.closing(), h);
        for (Annex annex : doc.annexes()) {
            h.append("<div class=\"annex\"><div class=\"annex-label\">")
                    .append(esc(annex.label()))
                    .append("</div>")
                    .append("<div class=\"annex-title\">")
                    .append(esc(annex.title()))
                    .append("</div>")
                    .append("<div class=\"annex-subtitle\">")
                    .append(esc(annex.subtitle()))
                    .append("</div>");
            for (Table slice : annex.table().slices()) {
                table(slice, h);
            }
            h.append("</div>");
        }
        return h.append("</body></html>").toString();
    }

    private static void header(OfficialDocument.Header header, StringBuilder h) {
        h.append("<table class=\"layout\"><tr><td style=\"width:40%\">");
        header.governing()
                .forEach(line ->
                        h.append("<div class=\"issuer\">").append(esc(line)).append("</div>"));
        header.issuer()
                .forEach(line -> h.append("<div class=\"issuer\" style=\"font-weight:bold\">")
                        .append(esc(line))
                        .append("</div>"));
        h.append("<div class=\"rule\"></div></td><td style=\"width:60%\">")
                .append("<div class=\"nation\">")
                .append(esc(header.nation()))
                .append("</div>")
                .append("<div class=\"motto\"><span>")
                .append(esc(header.motto()))
                .append("</span></div></td></tr>")
                .append("<tr><td><div class=\"number\">")
                .append(esc(header.number()))
                .append("</div></td>")
                .append("<td><div class=\"place\">")
                .append(esc(header.placeAndDate()))
                .append("</div></td></tr></table>");
    }

    private static void closing(OfficialDocument.Closing closing, StringBuilder h) {
        h.append(
                "<table class=\"layout closing\"><tr><td class=\"recipients\"><div class=\"recipients-title\">Nơi nhận:</div>");
        for (String r : closing.recipients()) {
            h.append("<div class=\"recipient\">- ").append(esc(r)).append("</div>");
        }
        h.append("</td><td><div class=\"authority\">")
                .append(esc(closing.authority()))
                .append("</div>");
        closing.signerTitle()
                .lines()
                .forEach(l ->
                        h.append("<div class=\"authority\">").append(esc(l)).append("</div>"));
        h.append("<div class=\"signer\">").append(esc(closing.signerName())).append("</div></td></tr></table>");
    }

    private static void table(Table table, StringBuilder h) {
        int total = table.columns().stream().mapToInt(Table.Column::width).sum();
        h.append("<table class=\"grid\"><thead><tr>");
        for (Table.Column c : table.columns()) {
            // 90% of the line: in a fixed layout cell padding and borders come on top of these widths, and what is
            // left over is shared out again, so the table fills the page without running past its margin
            h.append("<th style=\"width:")
                    .append(c.width() * 90 / total)
                    .append("%\">")
                    .append(esc(c.header()))
                    .append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (List<Table.Cell> row : table.rows()) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Table.Cell cell = row.get(i);
                h.append("<td class=\"")
                        .append(table.columns().get(i).align())
                        .append('"')
                        .append(cell.bold() ? " style=\"font-weight:bold\"" : "")
                        .append('>')
                        .append(esc(cell.display()))
                        .append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
