package vn.ktxh.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.ktxh.shared.FoldedText;

/**
 * Finds the catalogue indicator an extracted name means, ignoring diacritics and case and tolerating wording
 * ("Tổng thu NSNN trên địa bàn" ~ "Thu ngân sách nhà nước trên địa bàn"): the score mixes the overlap of the folded
 * words (Dice) with the overlap of their letter pairs, which forgives "hoá"/"hóa" and plural or shortened forms.
 * When nothing scores high enough the extracted name is proposed as a new indicator.
 */
public final class CatalogMatcher {

    /** Below this a match is more likely another indicator than the same one said differently. */
    static final double THRESHOLD = 0.55;

    /** Abbreviations the documents use for words of indicator names. */
    private static final List<String[]> ABBREVIATIONS = List.of(
            new String[] {"nsnn", "ngan sach nha nuoc"},
            new String[] {"nsdp", "ngan sach dia phuong"},
            new String[] {"bhyt", "bao hiem y te"},
            new String[] {"bhxh", "bao hiem xa hoi"},
            new String[] {"ntm", "nong thon moi"},
            new String[] {"grdp", "tong san pham"},
            new String[] {"thcs", "trung hoc co so"},
            new String[] {"thpt", "trung hoc pho thong"},
            new String[] {"hkd", "ho kinh doanh"},
            new String[] {"htx", "hop tac xa"},
            new String[] {"tthc", "thu tuc hanh chinh"});

    /** Words that say nothing about which indicator is meant. */
    private static final Set<String> STOP = Set.of(
            "cua", "va", "cac", "nhung", "tren", "trong", "nam", "dat", "duoc", "la", "co", "voi", "cho", "so", "ty",
            "le", "tong");

    private final List<CatalogEntry> entries;

    public CatalogMatcher(List<CatalogEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The best entry for {@code name}, or a proposal to add {@code name} when no entry reaches the threshold. */
    public CatalogMatch match(String name, String unit) {
        CatalogEntry best = null;
        double bestScore = 0;
        for (CatalogEntry entry : entries) {
            double score = Math.max(similarity(name, entry.name()), similarity(name, withoutQualifier(entry.name())));
            if (unit != null && entry.unit() != null && !UnitKey.of(unit).equals(UnitKey.of(entry.unit()))) {
                score *= 0.8; // same words in another unit is likely a sibling indicator (số … vs tỷ lệ …)
            }
            if (score > bestScore) {
                best = entry;
                bestScore = score;
            }
        }
        return bestScore >= THRESHOLD
                ? new CatalogMatch(best, bestScore, null)
                : new CatalogMatch(null, bestScore, name);
    }

    /** An entry with its score, or (entry null) the name proposed as a new indicator. */
    public record CatalogMatch(CatalogEntry entry, double score, String proposedName) {
        public boolean matched() {
            return entry != null;
        }
    }

    /** "Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều)" is what documents call "tỷ lệ hộ nghèo": the bracket only qualifies. */
    static String withoutQualifier(String name) {
        String bare = name.replaceAll("\\([^)]*\\)", " ").strip();
        return bare.isEmpty() ? name : bare;
    }

    static double similarity(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        return 0.6 * dice(new HashSet<>(x), new HashSet<>(y)) + 0.4 * dice(pairs(x), pairs(y));
    }

    private static List<String> words(String name) {
        String folded = " " + FoldedText.fold(name).replaceAll("[^a-z0-9 ]", " ") + " ";
        for (String[] abbreviation : ABBREVIATIONS) {
            folded = folded.replace(" " + abbreviation[0] + " ", " " + abbreviation[1] + " ");
        }
        List<String> out = new ArrayList<>();
        for (String w : folded.strip().split(" +")) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static Set<String> pairs(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            String padded = " " + w + " ";
            for (int i = 0; i + 2 <= padded.length(); i++) {
                out.add(padded.substring(i, i + 2));
            }
        }
        return out;
    }

    private static double dice(Set<String> a, Set<String> b) {
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }
}
