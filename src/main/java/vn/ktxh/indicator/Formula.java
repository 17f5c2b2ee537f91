package vn.ktxh.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.ktxh.shared.RejectedInput;

/**
 * Công thức: an indicator computed from others, e.g. {@code KT10 / YT01 * 1000} for GRDP per head.
 * Codes, decimal numbers (with a dot), + − × ÷ and parentheses; read once, evaluated against any lookup.
 * A missing operand or a division by zero gives no value rather than a wrong one.
 */
public final class Formula {

    private sealed interface Node permits Number, Code, Operation {}

    private record Number(BigDecimal value) implements Node {}

    private record Code(String code) implements Node {}

    private record Operation(char operator, Node left, Node right) implements Node {}

    private final String text;
    private final Node root;
    private final Set<String> operands = new LinkedHashSet<>();
    private int position;

    private Formula(String text) {
        this.text = text;
        this.root = expression();
        skipSpaces();
        if (position < text.length()) {
            throw refused("ký tự thừa \"" + text.substring(position) + "\"");
        }
    }

    public static Formula parse(String text) {
        if (text == null || text.isBlank()) {
            throw new RejectedInput("formula", "Công thức trống");
        }
        return new Formula(text.strip());
    }

    /** The indicator codes the formula reads. */
    public Set<String> operands() {
        return Set.copyOf(operands);
    }

    public Optional<BigDecimal> evaluate(Function<String, Optional<BigDecimal>> values) {
        return evaluate(root, values);
    }

    private Optional<BigDecimal> evaluate(Node node, Function<String, Optional<BigDecimal>> values) {
        if (node instanceof Number n) {
            return Optional.of(n.value());
        }
        if (node instanceof Code c) {
            return values.apply(c.code());
        }
        Operation o = (Operation) node;
        return evaluate(o.left(), values)
                .flatMap(l -> evaluate(o.right(), values).flatMap(r -> apply(o.operator(), l, r)));
    }

    private static Optional<BigDecimal> apply(char operator, BigDecimal left, BigDecimal right) {
        return switch (operator) {
            case '+' -> Optional.of(left.add(right));
            case '-' -> Optional.of(left.subtract(right));
            case '*' -> Optional.of(left.multiply(right));
            default -> right.signum() == 0 ? Optional.empty() : Optional.of(left.divide(right, MathContext.DECIMAL64));
        };
    }

    private Node expression() {
        Node left = term();
        while (peek() == '+' || peek() == '-') {
            char operator = text.charAt(position++);
            left = new Operation(operator, left, term());
        }
        return left;
    }

    private Node term() {
        Node left = factor();
        while (peek() == '*' || peek() == '/') {
            char operator = text.charAt(position++);
            left = new Operation(operator, left, factor());
        }
        return left;
    }

    private Node factor() {
        char c = peek();
        if (c == '(') {
            position++;
            Node inner = expression();
            if (peek() != ')') {
                throw refused("thiếu dấu \")\"");
            }
            position++;
            return inner;
        }
        int start = position;
        if (Character.isDigit(c)) {
            while (position < text.length()
                    && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.')) {
                position++;
            }
            return new Number(new BigDecimal(text.substring(start, position)));
        }
        if (Character.isLetter(c)) {
            while (position < text.length()
                    && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
                position++;
            }
            String code = text.substring(start, position);
            operands.add(code);
            return new Code(code);
        }
        throw refused(c == 0 ? "công thức kết thúc giữa chừng" : "không hiểu ký tự \"" + c + "\"");
    }

    private char peek() {
        skipSpaces();
        return position < text.length() ? text.charAt(position) : 0;
    }

    private void skipSpaces() {
        while (position < text.length() && text.charAt(position) == ' ') {
            position++;
        }
    }

    private RejectedInput refused(String why) {
        return new RejectedInput(
                "formula", "Công thức \"%s\" không hợp lệ tại vị trí %d: %s".formatted(text, position + 1, why));
    }

    @Override
    public String toString() {
        return text;
    }
}
