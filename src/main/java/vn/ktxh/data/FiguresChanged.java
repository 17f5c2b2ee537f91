package vn.ktxh.data;

/** Figures were stored or removed: whatever was worked out from them is out of date once this commits. */
public record FiguresChanged(int count) {
}
