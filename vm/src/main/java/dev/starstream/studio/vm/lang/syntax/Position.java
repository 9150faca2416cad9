package dev.starstream.studio.vm.lang.syntax;

/** A 1-based line and 1-based column counted in Unicode code points (RUNTIME A.11). */
public record Position(int line, int column) {
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
