package vn.ktxh.indicator;

/** Indicators were added: what was worked out with the catalogue (rules, formulas) is out of date. */
public record CatalogueChanged(int indicators) {}
