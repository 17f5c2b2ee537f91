package vn.ktxh.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One row of a value table, read through the table's column model into statements. */
final class TableRow {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** What may stand before a row's place: "1. TP. Quảng Ngãi", "a) Huyện Bình Sơn", "- Xã An Hòa". */
    private static final Pattern NUMBERING = Pattern.compile("\\s*(?:(?:\\d{1,3}|[a-zđ]|[IVX]{1,4})[.)]|[-+*])?\\s*");

    /** A row of one month of the year its column names: "Tháng 1 - January", "Tháng 12". */
    /** A row of a table by district that names its place bare, as the province knows it: "Đà Lạt", "Bảo Lộc". */
    private static final Pattern PLACE_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,3}");

    private static final Pattern MONTH_ROW = Pattern.compile(
            "tháng (\\d{1,2})(?![\\d/.])(?! (?:đầu|cuối|năm (?:19|20)\\d\\d))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A row whose label is a year, as statistical tables list years down the side: "2021", "Năm 2022", "Chính thức năm
     * 2022", "Sơ bộ - Prel. 2023" (a preliminary figure is a result), "Ước tính 2024" (group 1: an estimate). The year is the row's period.
     */
    private static final Pattern YEAR_ROW = Pattern.compile(
            "(?:(?:năm|sơ bộ|chính thức|prel\\.?)[\\s.–-]*)*(?:(ước tính|ước)[\\s.–-]*)?(?:năm\\s+)?((?:19|20)\\d\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A figure as a cell writes it: "≥ 50", "Trên 80%", "7 - 7,5", "0", "575 (tăng 15%)" (a bracketed change of the
     * same figure, signed).
     */
    record Figure(
            BigDecimal value,
            BigDecimal valueMax,
            Comparison comparator,
            String unit,
            boolean negative,
            BigDecimal changePct) {

        /** A plain number, as a cell exported in English notation writes it. */
        static Figure of(BigDecimal value) {
            return new Figure(value, null, Comparison.EQUAL, null, false, null);
        }

        /** This figure with the change a word before it gives: "giảm" makes it negative. */
        Figure withChange(String word, BigDecimal pct) {
            boolean down = word.toLowerCase(Locale.ROOT).equals("giảm");
            return new Figure(value, valueMax, comparator, unit, negative, down ? pct.negate() : pct);
        }
    }

    private static final Pattern ENGLISH_DECIMAL = Pattern.compile("\\d+\\.\\d{1,2}");
    private static final Pattern ENGLISH_INTEGER = Pattern.compile("\\d{1,3}(?:,\\d{3}){2,}");

    /** A row label that is itself a per-unit form: "Bác sỹ/vạn dân", "Giường bệnh/10.000 dân". */
    private static final Pattern COUNT_WORD = Pattern.compile("^(?:tổng )?số ");

    private static final Pattern PER_POPULATION =
            Pattern.compile("\\p{L}+(?: \\p{L}+){0,2}/(?:vạn|nghìn|ngàn|[\\d.]+) dân", Pattern.UNICODE_CASE);

    /**
     * A row label counting per a round number of people in words: "Số bác sỹ cho 10000 dân", "Số giường bệnh bệnh viện
     * trên 10.000 dân" (the counted noun is its first two words, as Vietnamese compounds are: "giường bệnh").
     */
    private static final Pattern COUNT_PER_PEOPLE = Pattern.compile(
            "(?<!\\p{L})số (\\p{L}+ \\p{L}+)(?: [\\p{L}.]+){0,3} (?:cho|trên|/) (10*(?:\\.?000)* (?:dân|người))(?!\\p{L})");

    /** A rate whose label names its unit in the middle: "Tỷ lệ % xã đạt chuẩn", "Tỷ lệ % tiêm chủng". */
    private static final Pattern PERCENT_NAMED =
            Pattern.compile("(?<!\\p{L})(?<!theo )tỷ lệ %"); // not how a sum is shared, "theo tỷ lệ %"

    private static final Pattern CHANGE_WORD =
            Pattern.compile("(tăng|giảm)\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LEVEL_AFTER_CHANGE = Pattern.compile(
            "\\((?:dự ước|ước|dự kiến|khoảng)?\\s*([^()]+)\\)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "(tăng 4,5% so với năm 2020)" after a cell's figure: its change, not a second figure. */
    private static final Pattern BRACKETED_CHANGE = Pattern.compile(
            "\\((tăng|giảm)\\s+(\\d+(?:,\\d+)?)\\s*%[^()]*\\)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final DocumentText document;
    private final DocumentContext context;
    private final ColumnModel model;
    private final List<TableLayout.Cell> cells;
    private final StatementExtractor.Section section;
    private final String captionUnit;
    private final boolean byArea;
    /** Whether the table writes a figure in English notation ("7,599,800"): then all its figures are so read. */
    private final boolean englishTable;

    TableRow(
            DocumentText document,
            DocumentContext context,
            ColumnModel model,
            List<TableLayout.Cell> cells,
            StatementExtractor.Section section,
            String captionUnit,
            boolean byArea,
            boolean englishTable) {
        this.document = document;
        this.context = context;
        this.model = model;
        this.cells = cells;
        this.section = section;
        this.captionUnit = captionUnit;
        this.byArea = byArea;
        this.englishTable = englishTable;
    }

    void statements(List<IndicatorStatement> out) {
        String name = labelOf(ColumnModel.Role.NAME);
        String unitCell = labelOf(ColumnModel.Role.UNIT);
        List<IndicatorStatement> row = new ArrayList<>();
        List<ColumnModel.Column> columns = model.columns();
        List<Integer> rowColumns = new ArrayList<>();
        List<Figure> figures =
                cells.stream().map(cell -> figure(cell.text(), englishTable)).toList();
        for (int c = 0; c < cells.size(); c++) {
            ColumnModel.Column column = columns.get(c);
            Figure figure = figures.get(c);
            if (figure == null || column.role() != ColumnModel.Role.VALUE) {
                continue;
            }
            IndicatorStatement read =
                    statement(cells.get(c), column, figure, name, unitOf(figure, unitCell, name, column));
            row.add(
                    figure.changePct() == null || isRate(name)
                            ? read
                            : read.comparedWith(read.pctOfPlan(), read.planRef(), figure.changePct(), null));
            rowColumns.add(c);
        }
        for (int c = 0; c < cells.size(); c++) {
            ColumnModel.Column column = columns.get(c);
            Figure figure = figures.get(c);
            if (figure == null
                    || column.role() != ColumnModel.Role.PERCENT_OF_PLAN && column.role() != ColumnModel.Role.CHANGE) {
                continue;
            }
            int subject = subjectOf(c, column, rowColumns);
            if (subject >= 0) {
                row.set(subject, qualified(row.get(subject), column, figure));
            }
        }
        out.addAll(row);
    }

    /** A row that names a rate ("Tốc độ tăng trưởng GRDP", "Tỷ lệ hộ nghèo"): a change in its cell is its figure. */
    private static boolean isRate(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("tốc độ") || lower.contains("tăng trưởng") || lower.contains("tỷ lệ");
    }

    /** The statement a comparison column qualifies: the nearest value on its left of the kind it names, else the nearest. */
    private int subjectOf(int c, ColumnModel.Column comparison, List<Integer> rowColumns) {
        int nearest = -1;
        for (int i = rowColumns.size() - 1; i >= 0; i--) {
            int at = rowColumns.get(i);
            if (at > c) {
                continue;
            }
            if (nearest < 0) {
                nearest = i;
            }
            if (comparison.subject() != null && model.columns().get(at).kind() == comparison.subject()) {
                return i;
            }
        }
        return nearest;
    }

    private static IndicatorStatement qualified(IndicatorStatement s, ColumnModel.Column column, Figure figure) {
        BigDecimal value = figure.negative() ? figure.value().negate() : figure.value();
        if (column.role() == ColumnModel.Role.PERCENT_OF_PLAN) {
            return s.comparedWith(value, "kế hoạch", s.changePct(), s.changeRef());
        }
        BigDecimal change = column.ratio() ? value.subtract(HUNDRED) : value;
        return s.comparedWith(s.pctOfPlan(), s.planRef(), change, "cùng kỳ");
    }

    private IndicatorStatement statement(
            TableLayout.Cell cell, ColumnModel.Column column, Figure figure, String name, String unit) {
        Matcher yearRow = YEAR_ROW.matcher(name.strip());
        boolean byYear = column.period() == null && yearRow.matches();
        Kind kind = column.kind() != null
                ? column.kind()
                : byYear
                        ? yearRow.group(1) != null ? Kind.ESTIMATE : Kind.ACTUAL
                        : section.kind() != null ? section.kind() : context.plan() ? Kind.TARGET : Kind.ACTUAL;
        String around = section.period() != null ? section.period() : context.period();
        String period = byYear
                ? yearRow.group(2)
                : column.period() != null ? PeriodCues.withYear(column.period(), around) : around;
        Matcher month = MONTH_ROW.matcher(name.strip());
        if (month.lookingAt() && period != null && period.matches("\\d{4}")) {
            period = "T" + Integer.parseInt(month.group(1)) + "/" + period; // "Tháng 3 - March" under "2015"
        }
        String indicator = name.replaceAll("\\s*\\([^()]*\\)\\s*$", "").strip();
        Comparison comparator = figure.valueMax() != null ? Comparison.BETWEEN : figure.comparator();
        List<DocumentContext.NamedArea> named = DocumentContext.areasNamedIn(name);
        String area = !named.isEmpty()
                        && NUMBERING
                                .matcher(name.substring(0, named.get(0).start()))
                                .matches()
                ? named.get(0).name()
                : byArea && PLACE_NAME.matcher(name.strip()).matches() ? name.strip() : context.area();
        return new IndicatorStatement(
                document.name(),
                cell.line() + 1,
                cell.text(),
                area,
                indicator,
                kind,
                period,
                figure.value(),
                figure.valueMax(),
                null,
                unit,
                comparator,
                IndicatorTraits.direction(indicator),
                null,
                null,
                null,
                null,
                null,
                null,
                IndicatorTraits.sector(indicator, section.heading()),
                null);
    }

    /**
     * The unit written in the cell, else a rate column's own, the ĐVT cell, the row label's "(…)", the column heading, the caption, the noun
     * a counting row label counts; else none.
     */
    private String unitOf(Figure figure, String unitCell, String name, ColumnModel.Column column) {
        if (figure.unit() != null) {
            return figure.unit();
        }
        if (column.unit() != null && column.namesARate()) {
            return column.unit(); // "Tốc độ phát triển bình quân (%)" beside a row in "tỷ đồng"
        }
        if (!unitCell.isEmpty()) {
            UnitLexicon.Unit parsed = UnitLexicon.parse(" " + unitCell, 0);
            return parsed != null ? parsed.name() : unitCell.toLowerCase(Locale.ROOT);
        }
        String inLabel = ColumnModel.unitIn(name);
        if (inLabel != null) {
            return inLabel;
        }
        if (PER_POPULATION.matcher(name.strip()).matches()) {
            // "Số Bác sĩ/vạn dân": the doctors per ten thousand people
            return COUNT_WORD.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        }
        Matcher perPeople = COUNT_PER_PEOPLE.matcher(Words.lower(name));
        if (perPeople.find()) {
            return perPeople.group(1) + "/" + perPeople.group(2); // "Số bác sỹ cho 10000 dân": bác sỹ/10000 dân
        }
        if (PERCENT_NAMED.matcher(Words.lower(name)).find()) {
            return "%"; // "Tỷ lệ % tiêm chủng đầy đủ cho trẻ em"
        }
        if (column.unit() != null || captionUnit != null) {
            return column.unit() != null ? column.unit() : captionUnit;
        }
        String counted = LabelledValue.unitOfLabel(Words.lower(name).strip());
        return counted == null || counted.isEmpty() ? null : counted; // "Số giường bệnh": in beds
    }

    private String labelOf(ColumnModel.Role role) {
        for (int c = 0; c < cells.size(); c++) {
            if (model.columns().get(c).role() == role) {
                return cells.get(c).text();
            }
        }
        return "";
    }

    static boolean isDash(String cell) {
        String s = cell.strip();
        return s.equals("-") || s.equals("–") || s.equals("—") || s.equals("x") || s.equals("…") || s.equals("...");
    }

    /** The first number of a cell that holds only a figure (with comparator words or signs and a unit), else null. */
    static BigDecimal numberIn(String cell) {
        Figure f = figure(cell);
        return f == null ? null : f.value();
    }

    /**
     * A cell's figure, read in English notation ("81,900" is 81900) when its row writes another cell so: "36.0", or
     * "1,052,600" with commas between groups of three.
     */
    private static Figure figure(String cell, boolean english) {
        String s = cell.strip();
        if (english && ENGLISH_GROUPS.matcher(s).matches()) {
            return Figure.of(new BigDecimal(s.replace(",", "")));
        }
        return figure(s);
    }

    /** Whether a cell of the row is written in English notation ("36.0", "1,052,600"). */
    static boolean writesEnglish(List<TableLayout.Cell> cells) {
        return cells.stream()
                .anyMatch(cell -> ENGLISH_CELL.matcher(cell.text().strip()).matches());
    }

    private static final Pattern ENGLISH_GROUPS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern ENGLISH_CELL =
            Pattern.compile(ENGLISH_DECIMAL.pattern() + "|\\d{1,3}(?:,\\d{3}){2,}(?:\\.\\d+)?");

    static Figure figure(String cell) {
        String s = cell.strip();
        if (s.isEmpty() || isDash(s)) {
            return null;
        }
        Matcher change = BRACKETED_CHANGE.matcher(s);
        if (change.find() && change.start() > 0) {
            Figure level = figure(s.substring(0, change.start()));
            if (level == null || level.changePct() != null) {
                return null;
            }
            return level.withChange(
                    change.group(1), new BigDecimal(change.group(2).replace(',', '.')));
        }
        if (CHANGE_WORD.matcher(s).lookingAt()) {
            return change(s);
        }
        if (ENGLISH_DECIMAL.matcher(s).matches()) {
            // "412204.00", "15.40": a cell exported in English notation (a Vietnamese group after "." has three digits)
            return Figure.of(new BigDecimal(s));
        }
        if (ENGLISH_INTEGER.matcher(s).matches()) {
            return Figure.of(new BigDecimal(s.replace(",", ""))); // "7,599,800": no Vietnamese number has two commas
        }
        List<NumberReader.NumberToken> tokens = NumberReader.findAll(s);
        if (tokens.isEmpty() || tokens.size() > 2 || !tokens.get(0).quantity()) {
            return null;
        }
        NumberReader.NumberToken first = tokens.get(0);
        String before = s.substring(0, first.start()).strip().toLowerCase(Locale.ROOT);
        Comparison comparator = comparatorOf(before);
        boolean negative = before.equals("-") || before.equals("–");
        if (comparator == null && !before.isEmpty() && !negative && !before.equals("+")) {
            return null;
        }
        BigDecimal valueMax = null;
        int end = first.end();
        if (tokens.size() == 2) {
            NumberReader.NumberToken second = tokens.get(1);
            String between = s.substring(first.end(), second.start()).strip();
            if (!(between.equals("-") || between.equals("–") || between.equals("÷")) || !second.quantity()) {
                return null;
            }
            valueMax = second.value();
            end = second.end();
        }
        String rest = s.substring(end).strip();
        String unit = null;
        if (!rest.isEmpty()) {
            UnitLexicon.Unit parsed = UnitLexicon.parse(s, end);
            if (parsed == null || parsed.end() < s.length() - 2 && !rest.equals("%")) {
                return null;
            }
            unit = parsed.name();
        }
        return new Figure(
                first.value(), valueMax, comparator == null ? Comparison.EQUAL : comparator, unit, negative, null);
    }

    /**
     * "tăng 7,4 - 8,4%" or "giảm 2%": a change written in words is its own figure with its signed change (the lower end
     * of a range); "tăng từ 8-10% (dự ước 24.500 tỷ)" names the level it gives, which is the figure, with that change.
     */
    private static Figure change(String s) {
        Matcher level = LEVEL_AFTER_CHANGE.matcher(s);
        if (level.find() && level.start() > 0) {
            Figure change = change(s.substring(0, level.start()).strip());
            Figure amount = figure(level.group(1));
            return change == null || amount == null || amount.unit() == null || amount.changePct() != null
                    ? null
                    : new Figure(amount.value(), null, amount.comparator(), amount.unit(), false, change.changePct());
        }
        Matcher words = CHANGE_WORD.matcher(s);
        if (!words.lookingAt()) {
            return null;
        }
        Figure rate = figure(s.substring(words.end()));
        if (rate == null || !"%".equals(rate.unit()) || rate.negative() || rate.changePct() != null) {
            return null;
        }
        return rate.withChange(words.group(1), rate.value()); // rate.negative() is false, checked above
    }

    private static Comparison comparatorOf(String before) {
        return switch (before) {
            case "≥", ">=", "từ", "tối thiểu", "ít nhất", "không dưới" -> Comparison.AT_LEAST;
            case ">", "trên", "hơn", "vượt" -> Comparison.ABOVE;
            case "≤", "<=", "tối đa", "không quá" -> Comparison.AT_MOST;
            case "<", "dưới" -> Comparison.BELOW;
            case "~", "≈", "khoảng", "gần" -> Comparison.ABOUT;
            default -> null;
        };
    }
}
