package vn.ktxh.extraction.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ktxh.extraction.Proposal;

/**
 * The document's lines cut into plain text and the quotes of its statements, so the page can wrap each quote in
 * {@code <mark>} with the statement's number; a quote not found on its line (or overlapping another) gets the number
 * alone at its place.
 */
final class Highlights {

    /** Plain text ({@code number} null), a marked quote, or ({@code text} empty) a number without a quote. */
    record Segment(String text, Integer number) {}

    record Line(int number, List<Segment> segments, boolean marked) {}

    private Highlights() {}

    static List<Line> of(List<String> lines, List<Proposal> proposals) {
        Map<Integer, List<Proposal>> byLine = proposals.stream().collect(Collectors.groupingBy(Proposal::line));
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            List<Proposal> here = byLine.getOrDefault(i + 1, List.of());
            out.add(new Line(
                    i + 1, here.isEmpty() ? List.of(new Segment(text, null)) : segments(text, here), !here.isEmpty()));
        }
        return out;
    }

    private static List<Segment> segments(String text, List<Proposal> here) {
        List<Proposal> ordered = new ArrayList<>(here);
        ordered.sort(Comparator.comparingInt(p -> {
            int at = p.quote() == null || p.quote().isEmpty() ? -1 : text.indexOf(p.quote());
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        List<Segment> out = new ArrayList<>();
        int cursor = 0;
        List<Proposal> unplaced = new ArrayList<>();
        for (Proposal p : ordered) {
            int at = p.quote() == null || p.quote().isEmpty() ? -1 : text.indexOf(p.quote(), cursor);
            if (at < 0) {
                unplaced.add(p);
                continue;
            }
            if (at > cursor) {
                out.add(new Segment(text.substring(cursor, at), null));
            }
            out.add(new Segment(p.quote(), p.number()));
            cursor = at + p.quote().length();
        }
        if (cursor < text.length()) {
            out.add(new Segment(text.substring(cursor), null));
        }
        unplaced.forEach(p -> out.add(new Segment("", p.number())));
        return out;
    }
}
