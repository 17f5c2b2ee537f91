package vn.ktxh.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Annex tables written as rows of cells between "|" ("STT | Chỉ tiêu | ĐVT | KH 2024 | Ước TH 2024 | So với KH (%) |
 * KH 2025"). A value cell is a statement: its kind and period from its column heading (KH, kế hoạch, dự toán → target;
 * ước TH, ƯTH → estimate; TH, thực hiện → actual), its unit from the ĐVT column; a "% so KH" column gives the % of
 * plan, a "so cùng kỳ (%)" column the change, of the value to its left.
 */
final class TableReader {

    /** The statements read from tables, and the (0-based) lines they took, which the running text then skips. */
    record Tables(List<IndicatorStatement> statements, List<Integer> lines) {
    }

    private enum Role { NAME, UNIT, NUMBERING, VALUE, PERCENT_OF_PLAN, CHANGE, OTHER }

    private record Column(Role role, Kind kind, String period) {
    }

    private TableReader() {
    }

    static Tables read(DocumentText document, DocumentContext context) {
        List<IndicatorStatement> out = new ArrayList<>();
        List<Integer> taken = new ArrayList<>();
        List<String> lines = document.lines();
        List<Column> columns = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (count(line, '|') < 2) {
                if (!line.isBlank()) {
                    columns = null;
                }
                continue;
            }
            taken.add(i);
            List<String> cells = cells(line);
            if (isHeader(cells)) {
                columns = columnsOf(cells, context);
                continue;
            }
            if (columns != null) {
                readRow(document, context, i, line, cells, columns, out);
            }
        }
        return new Tables(out, taken);
    }

    private static void readRow(DocumentText document, DocumentContext context, int index, String line, List<String> cells,
            List<Column> columns, List<IndicatorStatement> out) {
        String name = "";
        String unit = null;
        for (int c = 0; c < Math.min(cells.size(), columns.size()); c++) {
            if (columns.get(c).role() == Role.NAME) {
                name = cells.get(c).strip();
            } else if (columns.get(c).role() == Role.UNIT) {
                String written = cells.get(c).strip();
                UnitLexicon.Unit parsed = UnitLexicon.parse(" " + written, 0);
                unit = parsed != null ? parsed.name() : written.isEmpty() ? null : written.toLowerCase(Locale.ROOT);
            }
        }
        if (unit == null || name.isEmpty()) {
            return;
        }
        IndicatorStatement last = null;
        for (int c = 0; c < Math.min(cells.size(), columns.size()); c++) {
            Column column = columns.get(c);
            BigDecimal value = number(cells.get(c));
            if (value == null) {
                continue;
            }
            if (column.role() == Role.VALUE) {
                String quote = cells.get(c).strip();
                last = new IndicatorStatement(document.name(), index + 1, quote, context.area(), name, column.kind(),
                        column.period(), value, null, null, unit, Comparison.EQUAL, IndicatorTraits.direction(name), null,
                        column.kind() == Kind.TARGET ? "kế hoạch" : null, null, null, null, null,
                        IndicatorTraits.sector(name, null), null);
                out.add(last);
            } else if (last != null && (column.role() == Role.PERCENT_OF_PLAN || column.role() == Role.CHANGE)) {
                IndicatorStatement l = last;
                boolean plan = column.role() == Role.PERCENT_OF_PLAN;
                IndicatorStatement qualified = new IndicatorStatement(l.doc(), l.line(), l.quote(), l.area(), l.indicator(),
                        l.kind(), l.period(), l.value(), null, null, l.unit(), l.comparator(), l.direction(),
                        plan ? value : l.pctOfPlan(), plan ? "kế hoạch" : l.planRef(),
                        plan ? l.changePct() : value.subtract(BigDecimal.valueOf(100)), null, plan ? null : "cùng kỳ",
                        null, l.sector(), null);
                out.set(out.size() - 1, qualified);
                last = qualified;
            }
        }
    }

    private static BigDecimal number(String cell) {
        String s = cell.strip();
        if (s.isEmpty() || s.equals("-") || s.equals("–")) {
            return null;
        }
        List<NumberReader.NumberToken> tokens = NumberReader.findAll(s);
        if (tokens.size() != 1 || !tokens.get(0).quantity() || tokens.get(0).start() > 2) {
            return null;
        }
        return tokens.get(0).value();
    }

    private static boolean isHeader(List<String> cells) {
        String joined = String.join(" ", cells).toLowerCase(Locale.ROOT);
        return joined.contains("chỉ tiêu") || joined.contains("đvt") || joined.contains("đơn vị tính") || joined.contains("nội dung");
    }

    private static List<Column> columnsOf(List<String> cells, DocumentContext context) {
        List<Column> columns = new ArrayList<>();
        for (String cell : cells) {
            String h = cell.toLowerCase(Locale.ROOT).strip();
            String period = PeriodCues.firstIn(cell);
            if (period == null) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:19|20)\\d\\d").matcher(h);
                period = m.find() ? m.group() : context.period();
            }
            if (h.equals("stt") || h.equals("tt")) {
                columns.add(new Column(Role.NUMBERING, null, null));
            } else if (h.contains("đvt") || h.contains("đơn vị")) {
                columns.add(new Column(Role.UNIT, null, null));
            } else if (h.contains("chỉ tiêu") && !h.contains("%") || h.contains("nội dung")) {
                columns.add(new Column(Role.NAME, null, null));
            } else if (h.contains("%") && (h.contains("kh") || h.contains("kế hoạch") || h.contains("dự toán"))) {
                columns.add(new Column(Role.PERCENT_OF_PLAN, null, null));
            } else if (h.contains("%") || h.contains("so với") || h.contains("so sánh") || h.contains("cùng kỳ")) {
                columns.add(new Column(Role.CHANGE, null, null));
            } else if (h.contains("ước") || h.contains("ưth") || h.contains("uth")) {
                columns.add(new Column(Role.VALUE, Kind.ESTIMATE, period));
            } else if (h.startsWith("th") || h.contains("thực hiện")) {
                columns.add(new Column(Role.VALUE, Kind.ACTUAL, period));
            } else if (h.contains("kh") || h.contains("kế hoạch") || h.contains("dự toán") || h.contains("mục tiêu")
                    || h.contains("chỉ tiêu") || h.matches(".*(?:19|20)\\d\\d.*")) {
                columns.add(new Column(Role.VALUE, Kind.TARGET, period));
            } else {
                columns.add(new Column(Role.OTHER, null, null));
            }
        }
        return columns;
    }

    private static List<String> cells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '|') {
                out.add(s.substring(start, i).strip());
                start = i + 1;
            }
        }
        return out;
    }

    private static int count(String line, char c) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
