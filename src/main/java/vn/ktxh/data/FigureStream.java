package vn.ktxh.data;

import java.util.List;
import java.util.function.ObjIntConsumer;
import vn.ktxh.shared.RejectedInput;

/**
 * Figures as a client sends them (JSON Lines, CSV, the items of a request), read once and in order: each is handed on
 * with its position as soon as it is read, so that no more than one is held at a time. A figure that cannot be read
 * is refused naming it.
 */
@FunctionalInterface
public interface FigureStream {

    /** Hands on each figure with its position: its line, or its place among the items (from 1). */
    void forEach(ObjIntConsumer<FigureInput> figure);

    /** A refusal of the figure at {@code position}, naming it: by its line, unless the stream says otherwise. */
    default RejectedInput named(RejectedInput problem, int position) {
        return problem.atItem(position, "Dòng " + position);
    }

    /** Figures named by their place among the items of a request ("[0].value", "Dòng số liệu thứ 1"). */
    static FigureStream items(FigureStream positions) {
        return new FigureStream() {
            @Override
            public void forEach(ObjIntConsumer<FigureInput> figure) {
                positions.forEach(figure);
            }

            @Override
            public RejectedInput named(RejectedInput problem, int position) {
                return atItem(problem, position);
            }
        };
    }

    /** A refusal naming the item at {@code position} (from 1) of a request. */
    private static RejectedInput atItem(RejectedInput problem, int position) {
        return problem.atItem(position - 1, "Dòng số liệu thứ " + position);
    }

    static FigureStream of(List<FigureInput> inputs) {
        return items(figure -> {
            for (int i = 0; i < inputs.size(); i++) {
                figure.accept(inputs.get(i), i + 1);
            }
        });
    }
}
