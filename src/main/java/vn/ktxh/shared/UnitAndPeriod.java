package vn.ktxh.shared;

/**
 * The unit and period a form names for what it posts ({@code area}, {@code period}, either may be left out), bound
 * from the request's parameters as one value.
 */
public record UnitAndPeriod(String area, String period) {}
