package vn.ktxh.evaluation;

import vn.ktxh.area.Area;

/** An evaluation together with the unit it judges, for units compared side by side. */
public record AreaEvaluation(Area area, Evaluation evaluation) {}
