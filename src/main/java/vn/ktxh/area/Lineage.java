package vn.ktxh.area;

import java.util.List;

/** Where a unit came from and what it went into. */
public record Lineage(Area area, List<LineageStep> predecessors, List<LineageStep> successors) {}
