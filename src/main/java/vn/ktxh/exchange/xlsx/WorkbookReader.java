package vn.ktxh.exchange.xlsx;

import static vn.ktxh.exchange.xlsx.SheetLayout.*;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.springframework.stereotype.Component;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.ktxh.data.FigureKind;
import vn.ktxh.exchange.FileContents;
import vn.ktxh.exchange.FileContents.ProblemAt;
import vn.ktxh.exchange.Place;
import vn.ktxh.exchange.TemplateStamp;
import vn.ktxh.exchange.UploadedFigure;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.VnNumber;

/**
 * Reads a filled template as a stream of rows (SAX over the sheet's XML), so 100.000 rows need neither the
 * memory of a whole workbook model nor Excel's formatting: numbers come as stored, text is read in Vietnamese
 * notation, formulas and error values are refused where they stand.
 *
 * <p>Other sheets are not read: visible or hidden, a sheet other than "Số liệu" holding data gets a warning that
 * it was ignored. Refusing would punish the common helper sheet (lists, notes); ignoring silently would let a user
 * believe figures typed there were sent. "Số liệu" itself hidden is refused: nobody should send what they cannot see.
 */
@Component
public class WorkbookReader {

    static {
        // defence in depth behind ZipGuard, for every POI use in this process
        ZipSecureFile.setMinInflateRatio(1.0 / ZipGuard.MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(ZipGuard.MAX_ENTRY_BYTES);
    }

    public FileContents read(Path file, int maxRows) {
        ZipGuard.check(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader xssf = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            List<SheetEntry> sheets = sheets(xssf);
            SheetEntry data = sheets.stream()
                    .filter(s -> s.name().equals(SHEET))
                    .findFirst()
                    .orElseThrow(() -> new RejectedInput(
                            "file",
                            "Tệp không có trang \"%s\"; hãy dùng mẫu tải về từ hệ thống (các trang đang có: %s)"
                                    .formatted(
                                            SHEET,
                                            String.join(
                                                    ", ",
                                                    sheets.stream()
                                                            .filter(s -> !s.hidden())
                                                            .map(SheetEntry::name)
                                                            .toList()))));
            if (data.hidden()) {
                throw new RejectedInput(
                        "file",
                        "Trang \"%s\" đang bị ẩn; hãy hiện trang, kiểm tra số liệu rồi tải lên lại".formatted(SHEET));
            }
            SheetEntry stampSheet = sheets.stream()
                    .filter(s -> s.name().equals(STAMP_SHEET))
                    .findFirst()
                    .orElseThrow(
                            () -> new RejectedInput(
                                    "file",
                                    ("Tệp không phải mẫu nhập số liệu của hệ thống (thiếu phần đánh dấu mẫu); "
                                            + "hãy tải mẫu của đơn vị và kỳ báo cáo, chép số liệu vào đó rồi tải lên, hoặc dùng tệp CSV")));
            TemplateStamp stamp = stamp(xssf, strings, stampSheet);
            List<String> warnings = new ArrayList<>();
            for (SheetEntry other : sheets) {
                if (other != data && other != stampSheet && hasCells(xssf, strings, other)) {
                    warnings.add("%s \"%s\" có dữ liệu nhưng không được đọc: số liệu chỉ lấy từ trang \"%s\""
                            .formatted(other.hidden() ? "Trang ẩn" : "Trang", other.name(), SHEET));
                }
            }
            DataSheet sheet = new DataSheet(stamp, maxRows, warnings);
            parse(xssf, strings, data, sheet);
            if (sheet.columns == null) {
                throw new RejectedInput(
                        "file",
                        "Trang \"%s\" không có dòng tiêu đề với cột \"%s\"; hãy dùng mẫu tải về từ hệ thống"
                                .formatted(SHEET, CODE));
            }
            return new FileContents(
                    stamp, sheet.visibleArea, sheet.visiblePeriod, sheet.figures, sheet.problems, warnings);
        } catch (OpenXML4JException | NotOfficeXmlFileException e) {
            throw new RejectedInput("file", ZipGuard.NOT_XLSX + ": " + e.getMessage());
        } catch (IOException e) {
            throw new RejectedInput(
                    "file",
                    ZipGuard.NOT_XLSX
                            + (e.getMessage() != null && e.getMessage().contains("Zip bomb")
                                    ? ": tỉ lệ nén bất thường (có thể là \"zip bomb\")"
                                    : ""));
        } catch (SAXException e) {
            throw new RejectedInput("file", ZipGuard.NOT_XLSX + ": nội dung trang bị hỏng (" + e.getMessage() + ")");
        }
    }

    private record SheetEntry(String name, String relationId, boolean hidden) {}

    private static List<SheetEntry> sheets(XSSFReader xssf) throws IOException, OpenXML4JException, SAXException {
        List<SheetEntry> sheets = new ArrayList<>();
        DefaultHandler handler = new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
                if ("sheet".equals(local)) {
                    String state = a.getValue("state");
                    String id = a.getValue("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
                    sheets.add(new SheetEntry(
                            a.getValue("name"), id, "hidden".equals(state) || "veryHidden".equals(state)));
                }
            }
        };
        try (InputStream in = xssf.getWorkbookData()) {
            parse(in, handler);
        }
        return sheets;
    }

    private static TemplateStamp stamp(XSSFReader xssf, ReadOnlySharedStringsTable strings, SheetEntry sheet)
            throws IOException, OpenXML4JException, SAXException {
        Map<String, String> values = new HashMap<>();
        parse(xssf, strings, sheet, (row, hidden, cells) -> {
            Cell key = cells.get(0);
            Cell value = cells.get(1);
            if (key != null && value != null) {
                values.put(key.text(), value.text());
            }
            return true;
        });
        try {
            return new TemplateStamp(
                    values.get(KEY_AREA),
                    LocalDate.parse(values.getOrDefault(KEY_VALID_FROM, "")),
                    values.get(KEY_PERIOD),
                    values.get(KEY_VERSION),
                    values.get(KEY_SIGNATURE));
        } catch (DateTimeParseException e) {
            throw new RejectedInput("file", "Phần đánh dấu mẫu trong tệp bị hỏng; hãy tải lại mẫu từ hệ thống");
        }
    }

    private static boolean hasCells(XSSFReader xssf, ReadOnlySharedStringsTable strings, SheetEntry sheet)
            throws IOException, OpenXML4JException, SAXException {
        boolean[] found = {false};
        parse(xssf, strings, sheet, (row, hidden, cells) -> {
            found[0] = cells.values().stream().anyMatch(c -> c.kind() != Cell.Kind.BLANK);
            return !found[0];
        });
        return found[0];
    }

    /** A cell as stored: its kind, its text (a number as Excel wrote it) and whether a formula produced it. */
    record Cell(int column, Kind kind, String text, boolean formula) {
        enum Kind {
            NUMBER,
            TEXT,
            BOOLEAN,
            ERROR,
            BLANK
        }

        Cell {
            text = text.replace("\0", ""); // Excel writes NUL as _x0000_; it cannot be stored, and means nothing
        }
    }

    /** Receives the rows of a sheet in order; returns false to stop reading. */
    interface Rows {
        boolean row(int row, boolean hidden, Map<Integer, Cell> cells);
    }

    /** Thrown to end a parse early; not an error. */
    private static final class Stop extends SAXException {}

    private static void parse(XSSFReader xssf, ReadOnlySharedStringsTable strings, SheetEntry sheet, Rows rows)
            throws IOException, OpenXML4JException, SAXException {
        try (InputStream in = xssf.getSheet(sheet.relationId())) {
            parse(in, new SheetHandler(strings, rows));
        } catch (Stop stop) {
            // the receiver has what it needs
        }
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        try {
            XMLReader reader = XMLHelper.newXMLReader(); // external entities off
            reader.setContentHandler(handler);
            reader.parse(new InputSource(in));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SpreadsheetML of one sheet: {@code <row r hidden><c r t><f/><v/><is><t/></is></c></row>}. */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final Rows rows;
        private final StringBuilder text = new StringBuilder();
        private Map<Integer, Cell> cells = new HashMap<>();
        private int row;
        private boolean rowHidden;
        private int column;
        private String type;
        private boolean formula;
        private boolean collecting;

        SheetHandler(ReadOnlySharedStringsTable strings, Rows rows) {
            this.strings = strings;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            switch (local) {
                case "row" -> {
                    String r = a.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r);
                    rowHidden = "1".equals(a.getValue("hidden")) || "true".equals(a.getValue("hidden"));
                    cells = new HashMap<>();
                    column = -1;
                }
                case "c" -> {
                    String r = a.getValue("r");
                    column = r == null ? column + 1 : new CellReference(r).getCol();
                    type = a.getValue("t");
                    formula = false;
                    text.setLength(0);
                }
                case "f" -> formula = true;
                case "v", "t" -> collecting = true;
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            switch (local) {
                case "v", "t" -> collecting = false;
                case "c" -> cells.put(column, cell());
                case "row" -> {
                    if (!rows.row(row, rowHidden, cells)) {
                        throw new Stop();
                    }
                }
                default -> {}
            }
        }

        private Cell cell() {
            String raw = text.toString();
            if (type == null || "n".equals(type)) {
                return new Cell(column, raw.isEmpty() ? Cell.Kind.BLANK : Cell.Kind.NUMBER, raw, formula);
            }
            return switch (type) {
                case "s" ->
                    new Cell(
                            column,
                            Cell.Kind.TEXT,
                            strings.getItemAt(Integer.parseInt(raw.strip())).getString(),
                            formula);
                case "inlineStr", "str" -> new Cell(column, Cell.Kind.TEXT, raw, formula);
                case "b" -> new Cell(column, Cell.Kind.BOOLEAN, "1".equals(raw) ? "TRUE" : "FALSE", formula);
                case "e" -> new Cell(column, Cell.Kind.ERROR, raw, formula);
                default -> new Cell(column, Cell.Kind.TEXT, raw, formula);
            };
        }
    }

    /** The data sheet: the header block, the heading row, then one indicator per row. */
    private static final class DataSheet implements Rows {
        private final TemplateStamp stamp;
        private final int maxRows;
        private final List<String> warnings;
        final List<UploadedFigure> figures = new ArrayList<>();
        final List<ProblemAt> problems = new ArrayList<>();
        String visibleArea;
        String visiblePeriod;
        Map<String, Integer> columns;
        private Map<Integer, String> headingOf = Map.of();
        private int dataRows;

        DataSheet(TemplateStamp stamp, int maxRows, List<String> warnings) {
            this.stamp = stamp;
            this.maxRows = maxRows;
            this.warnings = warnings;
        }

        @Override
        public boolean row(int row, boolean hidden, Map<Integer, Cell> cells) {
            for (Cell cell : cells.values()) {
                if (cell.formula()) {
                    problems.add(problem(
                            row,
                            cell.column(),
                            "ô chứa công thức; hãy dán giá trị (Dán đặc biệt → Giá trị) thay cho công thức"));
                } else if (cell.kind() == Cell.Kind.ERROR) {
                    problems.add(
                            problem(row, cell.column(), "ô có giá trị lỗi %s; hãy nhập số".formatted(cell.text())));
                }
            }
            if (columns == null) {
                return header(row, cells);
            }
            if (cells.values().stream()
                    .allMatch(c -> c.kind() == Cell.Kind.BLANK || c.text().isBlank())) {
                return true;
            }
            if (++dataRows > maxRows) {
                problems.add(new ProblemAt(
                        place(row, null),
                        null,
                        "trang có hơn %s dòng số liệu, quá giới hạn một lần tải lên; hãy chia thành nhiều tệp"
                                .formatted(VnNumber.format(BigDecimal.valueOf(maxRows)))));
                return false;
            }
            data(row, hidden, cells);
            return problems.size() < 1_000; // far more than the door reports (the first hundred); stop wasting time
        }

        private boolean header(int row, Map<Integer, Cell> cells) {
            Cell first = cells.get(0);
            Cell second = cells.get(1);
            if (first != null && second != null && first.kind() == Cell.Kind.TEXT) {
                if (first.text().strip().equals(AREA_LABEL)) {
                    visibleArea = text(second);
                } else if (first.text().strip().equals(PERIOD_LABEL)) {
                    visiblePeriod = text(second);
                }
            }
            if (cells.values().stream()
                    .anyMatch(
                            c -> c.kind() == Cell.Kind.TEXT && c.text().strip().equals(CODE))) {
                Map<String, Integer> found = new HashMap<>();
                Map<Integer, String> names = new HashMap<>();
                cells.values().stream()
                        .filter(c -> c.kind() == Cell.Kind.TEXT
                                && HEADINGS.contains(c.text().strip()))
                        .forEach(c -> {
                            found.put(c.text().strip(), c.column());
                            names.put(c.column(), c.text().strip());
                        });
                List<String> absent = List.of(ESTIMATE, FINAL).stream()
                        .filter(h -> !found.containsKey(h))
                        .toList();
                if (!absent.isEmpty()) {
                    throw new RejectedInput(
                            "file",
                            "Trang \"%s\", dòng %d: thiếu cột %s; hãy dùng mẫu tải về từ hệ thống"
                                    .formatted(
                                            SHEET,
                                            row,
                                            String.join(
                                                    ", ",
                                                    absent.stream()
                                                            .map(h -> "\"" + h + "\"")
                                                            .toList())));
                }
                columns = found;
                headingOf = names;
                return true;
            }
            return row < HEADER_SEARCH_ROWS;
        }

        private void data(int row, boolean hidden, Map<Integer, Cell> cells) {
            String code = text(cells.get(columns.get(CODE)));
            String unit = columns.containsKey(UNIT) ? text(cells.get(columns.get(UNIT))) : null;
            String note = columns.containsKey(NOTE) ? text(cells.get(columns.get(NOTE))) : null;
            boolean anyValue = false;
            for (FigureKind kind : FigureKind.values()) {
                String heading = kind == FigureKind.ESTIMATE ? ESTIMATE : FINAL;
                Cell cell = cells.get(columns.get(heading));
                Place place = place(row, heading);
                if (cell == null || cell.formula() || cell.kind() == Cell.Kind.ERROR) {
                    continue; // a formula or an error value is already refused above
                }
                BigDecimal value = null;
                try {
                    value = value(cell);
                } catch (RejectedInput problem) {
                    problems.add(new ProblemAt(place, "value", problem.getMessage()));
                    continue;
                }
                anyValue |= value != null;
                if (code != null) {
                    figures.add(
                            new UploadedFigure(place, code, stamp.areaCode(), stamp.period(), kind, value, unit, note));
                }
            }
            if (code == null && anyValue) {
                problems.add(new ProblemAt(place(row, CODE), "indicator", "dòng có số liệu nhưng thiếu mã chỉ tiêu"));
            }
            if (hidden && anyValue) {
                warnings.add("Trang \"%s\", dòng %d đang bị ẩn nhưng vẫn được đọc (mã chỉ tiêu \"%s\")"
                        .formatted(SHEET, row, code));
            }
        }

        /** A number cell as Excel stored it (shortest decimal of its double); text in Vietnamese notation; empty as null. */
        private static BigDecimal value(Cell cell) {
            return switch (cell.kind()) {
                case BLANK -> null;
                case NUMBER -> {
                    // a cell may hold 1E+308: refused before it is widened to 309 digits
                    BigDecimal exact = VnNumber.sensible(
                            new BigDecimal(Double.toString(Double.parseDouble(cell.text()))).stripTrailingZeros());
                    yield exact.scale() < 0 ? exact.setScale(0) : exact;
                }
                case TEXT -> cell.text().isBlank() ? null : VnNumber.parse(cell.text());
                case BOOLEAN ->
                    throw new RejectedInput("\"%s\" không phải là số (ví dụ: 1.595,3)".formatted(cell.text()));
                case ERROR -> null;
            };
        }

        private static String text(Cell cell) {
            if (cell == null || cell.kind() == Cell.Kind.BLANK || cell.text().isBlank()) {
                return null;
            }
            if (cell.kind() == Cell.Kind.NUMBER) {
                return new BigDecimal(cell.text()).stripTrailingZeros().toPlainString();
            }
            return cell.text().strip();
        }

        private ProblemAt problem(int row, int column, String message) {
            String heading = headingOf.getOrDefault(column, CellReference.convertNumToColString(column));
            return new ProblemAt(place(row, heading), "cell", message);
        }

        private Place place(int row, String valueHeading) {
            Map<String, String> names = new HashMap<>(
                    Map.of("indicator", CODE, "unit", UNIT, "note", NOTE, "area", AREA_LABEL, "period", PERIOD_LABEL));
            if (valueHeading != null) {
                names.put("value", valueHeading);
                names.put("cell", valueHeading);
                names.put("kind", valueHeading);
            }
            return new Place(SHEET, row, names);
        }
    }
}
