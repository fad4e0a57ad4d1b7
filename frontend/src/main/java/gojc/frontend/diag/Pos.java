package gojc.frontend.diag;

/** A source position as gc reports it: file name, 1-based line, 1-based byte column. */
public record Pos(String file, int line, int col) implements Comparable<Pos>, java.io.Serializable {
    public static final Pos NONE = new Pos("", 0, 0);

    @Override
    public int compareTo(Pos o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(col, o.col);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + col;
    }
}
