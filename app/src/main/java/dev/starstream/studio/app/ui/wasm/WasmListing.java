package dev.starstream.studio.app.ui.wasm;

import dev.starstream.studio.vm.wasm.codegen.BuildMode;
import dev.starstream.studio.vm.wasm.codegen.CompiledContract;
import dev.starstream.studio.vm.wasm.codegen.Disassembly;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A disassembly as lines, each knowing the source line it belongs to: a {@code ;; file:line text}
 * comment starts the code of that line, and the instructions under it belong to it until the next
 * comment or the end of the function (plain Java, tested without the toolkit).
 */
public record WasmListing(String file, BuildMode mode, int bytes, List<Line> lines) {
    private static final Pattern SOURCE = Pattern.compile("^\\s*;; (.+):(\\d+)  .*$");

    public WasmListing {
        lines = List.copyOf(lines);
    }

    /** What a line is. */
    public enum Kind {
        /** A {@code ;; file:line source} comment. */
        SOURCE,
        /** An instruction. */
        CODE,
        /** Module structure: types, imports, exports, function headers, locals. */
        STRUCTURE
    }

    /** A line of the listing; {@code sourceLine} is the source line it belongs to, or 0. */
    public record Line(int number, String text, Kind kind, int sourceLine) {}

    /** The listing of {@code contract}'s {@code mode} build (compiled from {@code file}). */
    public static WasmListing of(String file, CompiledContract contract, BuildMode mode) {
        String text = Disassembly.withSource(contract, mode);
        List<Line> lines = new ArrayList<>();
        int current = 0;
        int number = 0;
        String[] rows = text.split("\n");
        for (String raw : rows) {
            number++;
            String trimmed = raw.strip();
            Matcher m = SOURCE.matcher(raw);
            Kind kind;
            if (m.matches() && m.group(1).equals(file)) {
                current = Integer.parseInt(m.group(2));
                kind = Kind.SOURCE;
            } else if (trimmed.startsWith("(") || trimmed.startsWith(")")) {
                current = trimmed.startsWith("(func") ? 0 : current;
                kind = Kind.STRUCTURE;
            } else {
                kind = Kind.CODE;
            }
            lines.add(new Line(number, raw, kind, kind == Kind.STRUCTURE ? 0 : current));
        }
        return new WasmListing(file, mode, contract.module(mode).length, lines);
    }

    /** The indices of the lines of source line {@code line}: {@code [first, last]}, or empty when none. */
    public int[] rangeOf(int line) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).sourceLine() == line) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            } else if (first >= 0 && lines.get(i).kind() == Kind.SOURCE) {
                break;
            }
        }
        return first < 0 ? new int[0] : new int[] {first, last};
    }
}
