package vn.ktxh.data;

import java.util.Map;

/** What a stream stored: how many figures, and how many of each kind. */
public record StreamedFigures(int stored, Map<FigureKind, Integer> perKind) {}
