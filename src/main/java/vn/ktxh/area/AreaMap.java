package vn.ktxh.area;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ktxh.shared.FoldedText;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

/**
 * Every unit that ever existed and the links between them, held in memory: a country has a few
 * thousand units, and the questions asked of them (the tree on a day, who came from whom, which
 * units make up another in a past year) are answered here as plain Java.
 */
public final class AreaMap {

    /**
     * A stored link of a lineage event: predecessor → successor with the share that moved (population
     * share by default) and, where a split measured it, an indicator's own share.
     */
    public record Link(
            long eventId,
            long predecessorId,
            long successorId,
            BigDecimal share,
            Map<String, BigDecimal> indicatorShares) {

        public BigDecimal shareFor(String indicator) {
            return indicator == null ? share : indicatorShares.getOrDefault(indicator, share);
        }
    }

    private final Map<Long, Area> byId;
    private final Map<Long, LineageEvent> events;
    // links by either end: a lineage is asked of every unit when a reach or a roll-up is worked out, and scanning
    // every link each time made reading the nation's reach quadratic (59% of its dashboard's CPU)
    private final Map<Long, List<Link>> linksTo;
    private final Map<Long, List<Link>> linksFrom;
    private final Map<Long, Set<Long>> everUnder = new ConcurrentHashMap<>();
    private final Map<Long, Set<Long>> everUnderWithPredecessors = new ConcurrentHashMap<>();
    private final Map<Long, List<Area>> children;
    private final Map<String, List<Area>> byCode;
    private final Map<Long, String> foldedNames;
    private final Comparator<Area> byName;

    public AreaMap(List<Area> areas, List<LineageEvent> events, List<Link> links) {
        this.byId = areas.stream().collect(Collectors.toUnmodifiableMap(Area::id, Function.identity()));
        this.foldedNames =
                areas.stream().collect(Collectors.toUnmodifiableMap(Area::id, a -> FoldedText.fold(a.fullName())));
        this.byName = Comparator.comparing((Area a) -> a.kind().level())
                .thenComparing(a -> foldedNames.get(a.id()))
                .thenComparing(Area::validFrom);
        this.events = events.stream().collect(Collectors.toUnmodifiableMap(LineageEvent::id, Function.identity()));
        this.linksTo = links.stream().collect(Collectors.groupingBy(Link::successorId));
        this.linksFrom = links.stream().collect(Collectors.groupingBy(Link::predecessorId));
        this.children = areas.stream()
                .filter(a -> a.parentId() != null)
                .sorted(byName)
                .collect(Collectors.groupingBy(Area::parentId));
        this.byCode = areas.stream().collect(Collectors.groupingBy(Area::code));
    }

    public Optional<Area> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The units that existed on {@code day}, optionally only those whose folded name or code contains {@code query}. */
    public List<Area> asOf(LocalDate day, String query) {
        String folded = FoldedText.fold(query);
        return byId.values().stream()
                .filter(a -> day == null || a.validOn(day))
                .filter(a -> folded.isEmpty()
                        || foldedNames.get(a.id()).contains(folded)
                        || a.code().contains(folded))
                .sorted(byName)
                .toList();
    }

    public List<Area> childrenOn(Area parent, LocalDate day) {
        return children.getOrDefault(parent.id(), List.of()).stream()
                .filter(a -> a.validOn(day))
                .toList();
    }

    /** The unit and every unit ever under it, however deep, whatever the date. */
    public List<Area> subtreeEver(Area root) {
        List<Area> out = new ArrayList<>();
        ArrayDeque<Area> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            Area next = queue.poll();
            out.add(next);
            queue.addAll(childrenEver(next));
        }
        return out;
    }

    /**
     * The unit and every unit ever under it, whatever the date; {@code withPredecessors}: also the units they were made
     * from, and theirs. What an account bound to the unit reaches: worked out once per map, as every request asks it.
     */
    public Set<Long> everUnder(Area root, boolean withPredecessors) {
        return (withPredecessors ? everUnderWithPredecessors : everUnder)
                .computeIfAbsent(root.id(), id -> Set.copyOf(collect(root, withPredecessors, new HashSet<>())));
    }

    private Set<Long> collect(Area area, boolean withPredecessors, Set<Long> out) {
        if (out.add(area.id())) {
            childrenEver(area).forEach(child -> collect(child, withPredecessors, out));
            if (withPredecessors) {
                linksTo.getOrDefault(area.id(), List.of())
                        .forEach(link -> collect(byId.get(link.predecessorId()), true, out));
            }
        }
        return out;
    }

    /** Every unit that was ever under {@code parent}, whatever the date. */
    public List<Area> childrenEver(Area parent) {
        return children.getOrDefault(parent.id(), List.of());
    }

    /**
     * The unit a code names for a period: the one valid on the period's last day, else the last one
     * that existed during the period ("03408" for 2024 is phường Đông Phong, for 2026 phường Tân Phong).
     */
    public Optional<Area> resolve(String code, Period period) {
        return resolve(code, period.firstDay(), period.lastDay());
    }

    public Optional<Area> resolve(String code, LocalDate from, LocalDate to) {
        List<Area> candidates = byCode.getOrDefault(code, List.of());
        return candidates.stream()
                .filter(a -> a.validOn(to))
                .findFirst()
                .or(() -> candidates.stream()
                        .filter(a -> !a.validFrom().isAfter(to)
                                && (a.validTo() == null || !a.validTo().isBefore(from)))
                        .max(Comparator.comparing(Area::validFrom)));
    }

    /**
     * Like {@link #resolve(String, Period)} but refusing, in Vietnamese, a code that names no unit then.
     * "03408@2025-07-01" names the unit with the code on that day, to ask about the new phường Tân Phong
     * for a year before it existed (its figure is then made from its predecessors).
     */
    public Area require(String code, Period period, String field) {
        int at = code.indexOf('@');
        if (at > 0) {
            LocalDate day = day(code.substring(at + 1), field);
            return resolve(code.substring(0, at), day, day)
                    .orElseThrow(() -> new RejectedInput(
                            field,
                            "Không có đơn vị hành chính mã \"%s\" vào ngày %s".formatted(code.substring(0, at), day)));
        }
        return resolve(code, period)
                .orElseThrow(() -> new RejectedInput(
                        field, "Không có đơn vị hành chính mã \"%s\" trong %s".formatted(code, period.label())));
    }

    static LocalDate day(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RejectedInput(field, "Ngày \"%s\" không đúng dạng YYYY-MM-DD".formatted(text));
        }
    }

    public Lineage lineage(Area area) {
        List<LineageStep> predecessors = new ArrayList<>();
        List<LineageStep> successors = new ArrayList<>();
        for (Link link : linksTo.getOrDefault(area.id(), List.of())) {
            predecessors.add(new LineageStep(byId.get(link.predecessorId()), events.get(link.eventId()), link.share()));
        }
        for (Link link : linksFrom.getOrDefault(area.id(), List.of())) {
            successors.add(new LineageStep(byId.get(link.successorId()), events.get(link.eventId()), link.share()));
        }
        Comparator<LineageStep> order = Comparator.comparing(
                        (LineageStep s) -> s.event().effective())
                .thenComparing(s -> s.other().code());
        predecessors.sort(order);
        successors.sort(order);
        return new Lineage(area, List.copyOf(predecessors), List.copyOf(successors));
    }

    /**
     * The units whose figures make up {@code area}'s figure for {@code period}: its sub-units while it
     * exists; before it existed, its predecessors weighted by the share that went into it (themselves
     * broken down further when they did not exist either). Empty for a unit with neither.
     */
    public List<Contribution> composition(Area area, Period period, String indicator) {
        LocalDate day = period.lastDay();
        if (area.validOn(day)) {
            return childrenOn(area, day).stream()
                    .map(child -> new Contribution(child, BigDecimal.ONE))
                    .toList();
        }
        if (day.isBefore(area.validFrom())) {
            return predecessorsFor(area, period, indicator, BigDecimal.ONE);
        }
        return List.of();
    }

    private List<Contribution> predecessorsFor(Area area, Period period, String indicator, BigDecimal weight) {
        List<Contribution> parts = new ArrayList<>();
        for (Link link : linksTo.getOrDefault(area.id(), List.of())) {
            BigDecimal share = weight.multiply(link.shareFor(indicator));
            Area predecessor = byId.get(link.predecessorId());
            if (predecessor.validOn(period.lastDay())) {
                parts.add(new Contribution(predecessor, share));
            } else if (period.lastDay().isBefore(predecessor.validFrom())) {
                parts.addAll(predecessorsFor(predecessor, period, indicator, share));
            }
        }
        return parts;
    }

    /**
     * The units whose figures may be made from {@code area}'s: itself, the units above it, the units that
     * succeeded it (a merged ward's past years), and so on up and forward.
     */
    public Set<Long> dependents(Area area) {
        Set<Long> seen = new HashSet<>();
        ArrayDeque<Long> queue = new ArrayDeque<>(List.of(area.id()));
        while (!queue.isEmpty()) {
            long next = queue.poll();
            if (seen.add(next)) {
                Long parent = byId.get(next).parentId();
                if (parent != null) {
                    queue.add(parent);
                }
                linksFrom.getOrDefault(next, List.of()).forEach(l -> queue.add(l.successorId()));
            }
        }
        return seen;
    }

    /** The area and every unit its figure for the period can be made from, however deep. */
    public Set<Area> closure(Area area, Period period) {
        Set<Area> seen = new LinkedHashSet<>();
        ArrayDeque<Area> queue = new ArrayDeque<>(List.of(area));
        while (!queue.isEmpty()) {
            Area next = queue.poll();
            if (seen.add(next)) {
                composition(next, period, null).forEach(c -> queue.add(c.area()));
            }
        }
        return seen;
    }

    /**
     * How a page names the unit for a period: its code, or "CODE@first day" when the code alone names
     * another unit in that period (03408 in 2026 is the new phường Tân Phong, not the old phường Đông Phong).
     */
    public String reference(Area area, Period period) {
        boolean unambiguous =
                resolve(area.code(), period).filter(a -> a.id() == area.id()).isPresent();
        return unambiguous ? area.code() : area.code() + "@" + area.validFrom();
    }

    /** The period to show a unit in: the one asked when the unit existed in it, else the nearest year it existed. */
    public static Period periodFor(Area area, Period asked) {
        if (area.validTo() != null && area.validTo().isBefore(asked.firstDay())) {
            return Period.year(area.validTo().getYear());
        }
        if (area.validFrom().isAfter(asked.lastDay())) {
            return Period.year(area.validFrom().getYear());
        }
        return asked;
    }

    public int size() {
        return byId.size();
    }
}
