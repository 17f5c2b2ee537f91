package vn.ktxh.evaluation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ktxh.evaluation.AchievementCount;
import vn.ktxh.evaluation.Evaluation;

/**
 * The annex of a report ("Biểu kết quả thực hiện các chỉ tiêu chủ yếu"): the evaluations grouped by
 * sector in the order they first appear, numbered straight through, with the count sentence. The page
 * and the .xlsx export print the same table.
 */
record AnnexTable(String title, List<Section> sections, AchievementCount count) {

    record Section(String numeral, String sector, List<Row> rows) {}

    record Row(int number, Evaluation evaluation) {}

    private static final String[] NUMERALS = {
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
        "XVIII", "XIX", "XX"
    };

    static AnnexTable of(String title, List<Evaluation> evaluations) {
        Map<String, List<Evaluation>> bySector = new LinkedHashMap<>();
        evaluations.forEach(e -> bySector.computeIfAbsent(e.indicator().sector(), k -> new ArrayList<>())
                .add(e));
        List<Section> sections = new ArrayList<>();
        int number = 0;
        for (Map.Entry<String, List<Evaluation>> sector : bySector.entrySet()) {
            List<Row> rows = new ArrayList<>();
            for (Evaluation e : sector.getValue()) {
                rows.add(new Row(++number, e));
            }
            int index = sections.size();
            sections.add(new Section(
                    index < NUMERALS.length ? NUMERALS[index] : Integer.toString(index + 1),
                    capitalised(sector.getKey()),
                    rows));
        }
        return new AnnexTable(
                title,
                sections,
                AchievementCount.of(evaluations.stream().map(Evaluation::status).toList()));
    }

    private static String capitalised(String sector) {
        return sector == null || sector.isEmpty()
                ? "Khác"
                : Character.toUpperCase(sector.charAt(0)) + sector.substring(1);
    }
}
