package vn.ktxh.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import vn.ktxh.extraction.UnitKey;

/**
 * The benchmark's scoring, ported from score.py so both print the same figures: a prediction matches a gold record
 * when the document is equal, the lines are at most 2 apart, the values are equal, the units are equal under
 * {@link UnitKey} and the kinds are equal; each gold record matches once, greedily in the predictions' order.
 */
final class Scorer {

    record DocumentScore(String doc, int predicted, int gold, int matched) {
        double f1() {
            return predicted + gold == 0 ? 0.0 : 2.0 * matched / (predicted + gold);
        }
    }

    record Score(
            int predicted,
            int gold,
            int matched,
            double comparator,
            double pctOfPlan,
            double changePct,
            double period,
            double area,
            List<DocumentScore> documents) {

        double precision() {
            return predicted == 0 ? 0.0 : (double) matched / predicted;
        }

        double recall() {
            return gold == 0 ? 0.0 : (double) matched / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        double meanDocumentF1() {
            List<DocumentScore> scored =
                    documents.stream().filter(d -> d.gold() > 0).toList();
            return scored.isEmpty()
                    ? 0.0
                    : scored.stream().mapToDouble(DocumentScore::f1).sum() / scored.size();
        }

        /** The lines score.py prints, in its order and format; the last is "F1 x.xxx". */
        List<String> report() {
            List<String> out = new ArrayList<>();
            out.add("predicted %d gold %d matched %d".formatted(predicted, gold, matched));
            out.add("P %s R %s".formatted(three(precision()), three(recall())));
            out.add(
                    matched == 0
                            ? "on matches: comparator n/a pct_of_plan n/a change_pct n/a"
                            : "on matches: comparator %s pct_of_plan %s change_pct %s"
                                    .formatted(three(comparator), three(pctOfPlan), three(changePct)));
            out.add(
                    matched == 0
                            ? "on matches: period n/a area n/a"
                            : "on matches: period %s area %s".formatted(three(period), three(area)));
            for (DocumentScore d : documents) {
                out.add("  %s: predicted %d gold %d matched %d F1 %s"
                        .formatted(d.doc(), d.predicted(), d.gold(), d.matched(), three(d.f1())));
            }
            out.add("mean F1 over documents " + three(meanDocumentF1()));
            out.add("F1 " + three(f1()));
            return out;
        }
    }

    private Scorer() {}

    static Score score(List<Map<String, Object>> predicted, List<Map<String, Object>> gold) {
        Set<Integer> used = new HashSet<>();
        List<Map<String, Object>[]> pairs = new ArrayList<>();
        for (Map<String, Object> p : predicted) {
            String doc = baseName(p.get("doc"));
            for (int i = 0; i < gold.size(); i++) {
                Map<String, Object> g = gold.get(i);
                if (used.contains(i) || !doc.equals(String.valueOf(g.get("doc")))) {
                    continue;
                }
                Integer pl = asInt(p.containsKey("line") ? p.get("line") : BigDecimal.valueOf(-99));
                Integer gl = asInt(g.get("line"));
                if (pl == null || gl == null || Math.abs(pl - gl) > 2) {
                    continue;
                }
                if (sameNumber(p.get("value"), g.get("value"))
                        && UnitKey.of(text(p.get("unit"))).equals(UnitKey.of(text(g.get("unit"))))
                        && Objects.equals(plain(p.get("kind")), plain(g.get("kind")))) {
                    used.add(i);
                    @SuppressWarnings("unchecked")
                    Map<String, Object>[] pair = new Map[] {p, g};
                    pairs.add(pair);
                    break;
                }
            }
        }
        Map<String, int[]> per = new TreeMap<>();
        for (Map<String, Object> p : predicted) {
            per.computeIfAbsent(baseName(p.get("doc")), k -> new int[3])[0]++;
        }
        for (Map<String, Object> g : gold) {
            per.computeIfAbsent(String.valueOf(g.get("doc")), k -> new int[3])[1]++;
        }
        for (Map<String, Object>[] pair : pairs) {
            per.computeIfAbsent(String.valueOf(pair[1].get("doc")), k -> new int[3])[2]++;
        }
        List<DocumentScore> documents = new ArrayList<>();
        per.forEach((doc, counts) -> documents.add(new DocumentScore(doc, counts[0], counts[1], counts[2])));
        return new Score(
                predicted.size(),
                gold.size(),
                pairs.size(),
                accuracy(pairs, "comparator", Objects::equals),
                accuracy(pairs, "pct_of_plan", Scorer::bothNullOrSameNumber),
                accuracy(pairs, "change_pct", Scorer::bothNullOrSameNumber),
                accuracy(pairs, "period", Scorer::sameText),
                accuracy(pairs, "area", Scorer::sameText),
                documents);
    }

    private static double accuracy(List<Map<String, Object>[]> pairs, String field, BiPredicate<Object, Object> same) {
        if (pairs.isEmpty()) {
            return 0.0;
        }
        int equal = 0;
        for (Map<String, Object>[] pair : pairs) {
            equal += same.test(plain(pair[0].get(field)), plain(pair[1].get(field))) ? 1 : 0;
        }
        return (double) equal / pairs.size();
    }

    private static boolean bothNullOrSameNumber(Object a, Object b) {
        return a == null && b == null || sameNumber(a, b);
    }

    /** score.py's comparison of period and area: as written, spaces and case ignored (Python's str(x or "")). */
    private static boolean sameText(Object a, Object b) {
        return squeezed(a).equals(squeezed(b));
    }

    private static String squeezed(Object v) {
        String s = v == null || Boolean.FALSE.equals(v) || v instanceof BigDecimal d && d.signum() == 0 || "".equals(v)
                ? ""
                : v instanceof BigDecimal d ? pythonNumber(d) : v.toString();
        return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** Python's float() of a JSON value: numbers and numeric strings; anything else (null, missing) matches nothing. */
    static boolean sameNumber(Object a, Object b) {
        Double x = asDouble(a);
        Double y = asDouble(b);
        if (x == null || y == null) {
            return false;
        }
        return Math.abs(x - y) <= 1e-9 * Math.max(1.0, Math.max(Math.abs(x), Math.abs(y)));
    }

    private static Double asDouble(Object v) {
        if (v instanceof BigDecimal d) {
            return d.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (v instanceof String s) {
            try {
                return Double.valueOf(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** Python's int(): a number is truncated, a string must be an integer. */
    private static Integer asInt(Object v) {
        try {
            if (v instanceof BigDecimal d) {
                return d.intValue();
            }
            if (v instanceof Boolean b) {
                return b ? 1 : 0;
            }
            if (v instanceof String s) {
                return Integer.valueOf(s.strip());
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static Object plain(Object v) {
        if (v == null) {
            return null;
        }
        return v instanceof BigDecimal d ? d.stripTrailingZeros() : v;
    }

    /** str(u) of a unit; JSON null and a missing unit are Python's None. */
    private static String text(Object v) {
        Object p = plain(v);
        if (p == null) {
            return null;
        }
        return p instanceof BigDecimal d ? pythonNumber(d) : p.toString();
    }

    private static String pythonNumber(BigDecimal d) {
        return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    }

    private static String baseName(Object doc) {
        Object p = plain(doc);
        String s = p == null ? "" : p.toString().replace('\\', '/');
        return s.substring(s.lastIndexOf('/') + 1);
    }

    /** Python's f"{x:.3f}": the exact binary value rounded half to even. */
    static String three(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
