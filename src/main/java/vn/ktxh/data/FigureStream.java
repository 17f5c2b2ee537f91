package vn.ktxh.data;

import java.util.function.ObjIntConsumer;

/**
 * Figures as a client streams them (JSON Lines, CSV), read once and in order: each is handed on with the line it was
 * read from as soon as it is read, so that no more than a line is held at a time. A line that cannot be read is
 * refused naming it.
 */
@FunctionalInterface
public interface FigureStream {

    void forEach(ObjIntConsumer<FigureInput> figure);
}
