package vn.ktxh.plan;

/** Targets were set, adjusted or removed: evaluations made against them are out of date once this commits. */
public record TargetsChanged(long planId) {}
