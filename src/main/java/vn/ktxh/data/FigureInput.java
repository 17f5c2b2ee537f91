package vn.ktxh.data;

/**
 * A figure as a client sends it: codes and text, not yet checked. {@code value} is a JSON number or a
 * string in Vietnamese notation ("1.595,3"); {@code unit}, when given, must be the indicator's or convert to it.
 */
public record FigureInput(
        String indicator, String area, String period, String kind, Object value, String unit, String source) {}
