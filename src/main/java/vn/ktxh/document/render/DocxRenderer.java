package vn.ktxh.document.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.springframework.stereotype.Component;
import vn.ktxh.document.Block;
import vn.ktxh.document.DocumentRenderer;
import vn.ktxh.document.OfficialDocument;
import vn.ktxh.document.ReportFormat;
import vn.ktxh.document.Table;

/**
 * Word document in the format of Nghị định 30/2020/NĐ-CP: A4, margins top and bottom 20 mm, left 30 mm, right
 * 15 mm; Times New Roman (named in the file even where it is not installed, so Word uses it), 14 pt body,
 * 12-13 pt header lines (the sizes the decree allows that keep the national title on one line); the annexes in a landscape section.
 */
@Component
public class DocxRenderer implements DocumentRenderer {

    static final String FONT = "Times New Roman";
    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 56.6929;

    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int PORTRAIT_TEXT_WIDTH = A4_SHORT - mm(30) - mm(15);
    private static final int LANDSCAPE_TEXT_WIDTH = A4_LONG - mm(20) - mm(15);
    private static final int INDENT = mm(10);
    /**
     * The line under the trích yếu: Nghị định 30 asks 1/3 to 1/2 of the title's line; the title fills the text width
     * (it is two lines long), so 2/5 of it.
     */
    static final double TITLE_RULE = 0.4;

    @Override
    public ReportFormat format() {
        return ReportFormat.DOCX;
    }

    @Override
    public byte[] render(OfficialDocument doc) {
        try (XWPFDocument d = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            defaultFont(d);
            header(d, doc.header());
            XWPFParagraph kind = paragraph(d, ParagraphAlignment.CENTER, 0, 360);
            run(kind, doc.kind(), 14, true, false);
            XWPFParagraph title = paragraph(d, ParagraphAlignment.CENTER, 0, 0);
            run(title, doc.title(), 14, true, false);
            XWPFParagraph rule = paragraph(d, ParagraphAlignment.CENTER, 0, 0);
            shortRule(rule, PORTRAIT_TEXT_WIDTH, TITLE_RULE);
            for (Block block : doc.body()) {
                block(d, block);
            }
            closing(d, doc.closing());
            CTSectPr firstSection = null;
            if (!doc.annexes().isEmpty()) {
                // the portrait section ends here; what follows is laid out on landscape pages
                var end = paragraph(d, ParagraphAlignment.LEFT, 0, 0).getCTP();
                firstSection = (end.isSetPPr() ? end.getPPr() : end.addNewPPr()).addNewSectPr();
                section(firstSection, false);
                boolean first = true;
                for (OfficialDocument.Annex annex : doc.annexes()) {
                    XWPFParagraph label = paragraph(d, ParagraphAlignment.CENTER, 0, 0);
                    label.setPageBreak(!first);
                    first = false;
                    run(label, annex.label(), 14, true, false); // "Phụ lục" 14 pt bold, as in the .pdf
                    run(paragraph(d, ParagraphAlignment.CENTER, 0, 0), annex.title(), 14, true, false);
                    run(paragraph(d, ParagraphAlignment.CENTER, 0, 120), annex.subtitle(), 13, false, true);
                    for (Table slice : annex.table().slices()) {
                        grid(d, slice);
                        paragraph(d, ParagraphAlignment.LEFT, 0, 0);
                    }
                }
            }
            CTSectPr last = d.getDocument().getBody().isSetSectPr()
                    ? d.getDocument().getBody().getSectPr()
                    : d.getDocument().getBody().addNewSectPr();
            section(last, !doc.annexes().isEmpty());
            pageNumbers(d, firstSection != null ? firstSection : last);
            d.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(XWPFDocument d, OfficialDocument.Header header) {
        // Nghị định 30 puts the issuer in about two fifths of the line and the national title in the rest
        XWPFTable t =
                layoutTable(d, 2, new int[] {(int) (PORTRAIT_TEXT_WIDTH * 0.4), (int) (PORTRAIT_TEXT_WIDTH * 0.6)});
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        List<String> issuer = header.issuer();
        // the governing body (cơ quan chủ quản) upright, the issuing body below it upper-case bold
        for (int i = 0; i < header.governing().size(); i++) {
            run(cellParagraph(left, i == 0), header.governing().get(i), 12, false, false);
        }
        for (int i = 0; i < issuer.size(); i++) {
            run(cellParagraph(left, i == 0 && header.governing().isEmpty()), issuer.get(i), 12, true, false);
        }
        shortRule(cellParagraph(left, false), (int) (PORTRAIT_TEXT_WIDTH * 0.4), 0.4);
        run(cellParagraph(right, true), header.nation(), 12, true, false);
        XWPFRun motto = run(cellParagraph(right, false), header.motto(), 13, true, false);
        motto.setUnderline(UnderlinePatterns.SINGLE); // the line under the motto is as long as the motto
        XWPFTableRow second = t.createRow();
        XWPFParagraph number = cellParagraph(second.getCell(0), true);
        number.setSpacingBefore(120);
        run(number, header.number(), 13, false, false);
        XWPFParagraph place = cellParagraph(second.getCell(1), true);
        place.setSpacingBefore(120);
        run(place, header.placeAndDate(), 13, false, true);
    }

    private static void block(XWPFDocument d, Block block) {
        if (block instanceof Block.Heading h) {
            boolean centred = h.level() == 1;
            XWPFParagraph p = paragraph(
                    d, centred ? ParagraphAlignment.CENTER : ParagraphAlignment.BOTH, centred ? 0 : INDENT, 120);
            run(p, h.text(), 14, true, h.level() == 4);
        } else if (block instanceof Block.Paragraph text) {
            run(paragraph(d, ParagraphAlignment.BOTH, INDENT, 120), text.text(), 14, false, false);
        } else if (block instanceof Block.Note note) {
            run(paragraph(d, ParagraphAlignment.CENTER, 0, 120), note.text(), 14, false, true);
        }
    }

    private static void closing(XWPFDocument d, OfficialDocument.Closing closing) {
        paragraph(d, ParagraphAlignment.LEFT, 0, 0);
        XWPFTable t = layoutTable(d, 2, new int[] {PORTRAIT_TEXT_WIDTH / 2, PORTRAIT_TEXT_WIDTH / 2});
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFParagraph title = cellParagraph(left, true);
        title.setAlignment(ParagraphAlignment.LEFT);
        run(title, "Nơi nhận:", 12, true, true);
        for (String r : closing.recipients()) {
            XWPFParagraph p = cellParagraph(left, false);
            p.setAlignment(ParagraphAlignment.LEFT);
            run(p, "- " + r, 11, false, false);
        }
        XWPFTableCell right = t.getRow(0).getCell(1);
        run(cellParagraph(right, true), closing.authority(), 14, true, false);
        closing.signerTitle().lines().forEach(l -> run(cellParagraph(right, false), l, 14, true, false));
        for (int i = 0; i < 4; i++) {
            cellParagraph(right, false); // room for the signature and the seal
        }
        run(cellParagraph(right, false), closing.signerName(), 14, true, false);
    }

    private static void grid(XWPFDocument d, Table table) {
        int total = table.columns().stream().mapToInt(Table.Column::width).sum();
        int[] widths = table.columns().stream()
                .mapToInt(c -> LANDSCAPE_TEXT_WIDTH * c.width() / total)
                .toArray();
        XWPFTable t = d.createTable(table.rows().size() + 1, table.columns().size());
        fixedGrid(t, widths);
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < widths.length; c++) {
            XWPFParagraph p = cellParagraph(head.getCell(c), true);
            run(p, table.columns().get(c).header(), 12, true, false);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<Table.Cell> cells = table.rows().get(r);
            XWPFTableRow row = t.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int c = 0; c < widths.length; c++) {
                XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
                p.setAlignment(
                        switch (table.columns().get(c).align()) {
                            case LEFT -> ParagraphAlignment.LEFT;
                            case CENTER -> ParagraphAlignment.CENTER;
                            case RIGHT -> ParagraphAlignment.RIGHT;
                        });
                Table.Cell cell = cells.get(c);
                XWPFRun run = p.createRun(); // the document's default font; thousands of cells, so no more than needed
                run.setFontSize(12);
                if (cell.bold()) {
                    run.setBold(true);
                }
                run.setText(cell.display());
            }
        }
    }

    /** A table without borders that lays out the header block or the signature block side by side. */
    private static XWPFTable layoutTable(XWPFDocument d, int columns, int[] widths) {
        XWPFTable t = d.createTable(1, columns);
        t.removeBorders();
        fixedGrid(t, widths);
        return t;
    }

    private static void fixedGrid(XWPFTable t, int[] widths) {
        var pr = t.getCTTbl().getTblPr();
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        var w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(Arrays.stream(widths).sum()));
        t.setTableAlignment(TableRowAlign.CENTER);
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null
                ? t.getCTTbl().getTblGrid()
                : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        // the grid and the first row's widths are what Word and LibreOffice lay a fixed table out by
        for (XWPFTableRow row : List.of(t.getRow(0))) {
            for (int c = 0; c < widths.length; c++) {
                var tcPr = row.getCell(c).getCTTc().isSetTcPr()
                        ? row.getCell(c).getCTTc().getTcPr()
                        : row.getCell(c).getCTTc().addNewTcPr();
                var tcW = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                tcW.setType(STTblWidth.DXA);
                tcW.setW(BigInteger.valueOf(widths[c]));
            }
        }
    }

    /** Times New Roman for every run that names no font, the cells of the annexes among them. */
    private static void defaultFont(XWPFDocument d) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        d.createStyles().setDefaultFonts(fonts);
    }

    /** The cell's first paragraph (a new cell has an empty one), or a new one after it. */
    private static XWPFParagraph cellParagraph(XWPFTableCell cell, boolean first) {
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        return p;
    }

    /** Nghị định 30 asks for at least 6 pt between paragraphs and line spacing from single to 1,5 lines. */
    private static XWPFParagraph paragraph(XWPFDocument d, ParagraphAlignment align, int firstLineIndent, int before) {
        XWPFParagraph p = d.createParagraph();
        p.setAlignment(align);
        if (firstLineIndent > 0) {
            p.setIndentationFirstLine(firstLineIndent);
        }
        p.setSpacingBefore(before);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.1);
        return p;
    }

    /** A short centred line under the issuer and under the title, drawn as the bottom border of an empty paragraph. */
    private static void shortRule(XWPFParagraph p, int available, double share) {
        int side = (int) (available * (1 - share) / 2);
        p.setIndentationLeft(side);
        p.setIndentationRight(side);
        p.setBorderBottom(Borders.SINGLE);
        p.setSpacingAfter(0);
        XWPFRun r = p.createRun();
        r.setFontSize(2);
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text == null ? "" : text);
        return r;
    }

    /**
     * Nghị định 30/2020: page numbers in Arabic figures, 13–14 pt, centred in the top margin, none on the first
     * page. Set on the first section; the landscape annexes inherit them.
     */
    private static void pageNumbers(XWPFDocument d, CTSectPr firstSection) {
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(d, firstSection);
        XWPFParagraph number =
                policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        var field = number.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        var shown = field.addNewR();
        var properties = shown.addNewRPr();
        properties.addNewRFonts().setAscii(FONT);
        properties.getRFontsArray(0).setHAnsi(FONT);
        properties.addNewSz().setVal(BigInteger.valueOf(26));
        shown.addNewT().setStringValue("2");
        policy.createHeader(XWPFHeaderFooterPolicy.FIRST).createParagraph();
        firstSection.addNewTitlePg();
    }

    private static void section(CTSectPr sect, boolean landscape) {
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margin = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margin.setTop(BigInteger.valueOf(mm(20)));
        margin.setBottom(BigInteger.valueOf(landscape ? mm(15) : mm(20)));
        margin.setLeft(BigInteger.valueOf(landscape ? mm(20) : mm(30)));
        margin.setRight(BigInteger.valueOf(mm(15)));
        margin.setHeader(BigInteger.valueOf(mm(10)));
        margin.setFooter(BigInteger.valueOf(mm(10)));
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }
}
