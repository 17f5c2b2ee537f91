package vn.ktxh.area;

/** Units or lineage were recorded: what was worked out over the map is out of date. */
public record AreasChanged(int units) {}
