package dev.starstream.studio.vm.lang.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates realistic, well-typed Starstream source text (they check without any diagnostic):
 * structs, enums with matches, loops, ABIs with events and effects, utxos with storage, helpers,
 * impls and yields, tokens, scripts with {@code try … with}, doc comments, path imports between a
 * workspace's helper libraries and its contracts. For benchmarks and end-to-end tests of the
 * checker, the formatter and the VM. Deterministic for a seed; names are unique per generator.
 */
public final class RealisticPrograms {
    private final Random random;
    private int next;

    public RealisticPrograms(long seed) {
        this.random = new Random(seed);
    }

    /** One self-contained contract file of about {@code lines} lines. */
    public String contract(int lines) {
        StringBuilder s = new StringBuilder("contract;\n\nimport { blockHeight } from starstream:std/cardano;\n");
        List<String> helpers = new ArrayList<>();
        while (count(s) < lines) {
            switch (random.nextInt(5)) {
                case 0 -> helpers.add(structChunk(s));
                case 1 -> helpers.add(enumChunk(s));
                case 2 -> helpers.add(loopChunk(s));
                case 3 -> utxoChunk(s, helpers);
                default -> tokenChunk(s);
            }
        }
        return s.toString();
    }

    /**
     * A workspace of about {@code lines} lines under {@code root}: helper libraries in {@code lib/}
     * (about {@code lines / 4}) and contracts importing them, files of about 500 lines each.
     */
    public Map<Path, String> workspace(Path root, int lines) {
        Map<Path, String> files = new LinkedHashMap<>();
        int libLines = lines / 4;
        int fileLines = 500;
        List<String> libImports = new ArrayList<>();
        int written = 0;
        for (int i = 0; written < libLines; i++) {
            StringBuilder s = new StringBuilder("/// Helper library ").append(i).append(".\n");
            List<String> names = new ArrayList<>();
            while (count(s) < fileLines) {
                switch (random.nextInt(3)) {
                    case 0 -> names.add(structChunk(s));
                    case 1 -> names.add(enumChunk(s));
                    default -> names.add(loopChunk(s));
                }
            }
            files.put(root.resolve("lib/lib" + i + ".star"), s.toString());
            written += count(s);
            libImports.add("import { " + String.join(", ", names.stream().map(n -> n.split(" ")[0]).toList()) + " } from \"./lib/lib" + i
                    + ".star\";\n");
        }
        for (int i = 0; written < lines; i++) {
            StringBuilder s = new StringBuilder("contract;\n\n");
            List<String> helpers = new ArrayList<>();
            int lib = random.nextInt(libImports.size());
            s.append(libImports.get(lib));
            String imported = libImports.get(lib);
            for (String name : imported.substring(imported.indexOf('{') + 1, imported.indexOf('}')).split(",")) {
                String n = name.trim();
                if (n.startsWith("sum")) {
                    helpers.add(n + " u64");
                }
            }
            while (count(s) < fileLines && written + count(s) < lines + fileLines / 2) {
                if (random.nextBoolean()) {
                    utxoChunk(s, helpers);
                } else {
                    tokenChunk(s);
                }
            }
            files.put(root.resolve("contract" + i + ".star"), s.toString());
            written += count(s);
        }
        return files;
    }

    /** The number of lines of a text. */
    public static int count(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- chunks; each returns "name kind"

    private String structChunk(StringBuilder s) {
        int k = next++;
        s.append("\n/// A position on the board (").append(k).append(").\n");
        s.append("struct Pos").append(k).append(" {\n    x: i64,\n    y: i64,\n}\n\n");
        s.append("fn dist").append(k).append("(a: Pos").append(k).append(", b: Pos").append(k).append(") -> i64 {\n");
        s.append("    let dx = a.x - b.x;\n    let dy = a.y - b.y;\n");
        s.append("    let adx = if (dx < 0) { 0 - dx } else { dx };\n");
        s.append("    let ady = if (dy < 0) { -dy } else { dy };\n");
        s.append("    adx + ady + ").append(random.nextInt(10)).append("\n}\n");
        return "dist" + k + " i64";
    }

    private String enumChunk(StringBuilder s) {
        int k = next++;
        s.append("\nenum Shape").append(k).append(" {\n    Dot,\n    Circle(i64),\n    Rect { w: i64, h: i64 },\n}\n\n");
        s.append("fn area").append(k).append("(s: Shape").append(k).append(") -> i64 {\n");
        s.append("    match s {\n");
        s.append("        Shape").append(k).append("::Dot => { 0 },\n");
        s.append("        Shape").append(k).append("::Circle(r) => { 3 * r * r },\n");
        s.append("        Shape").append(k).append("::Rect { w, h } => { w * h },\n");
        s.append("    }\n}\n\n");
        s.append("fn maybe").append(k).append("(n: i64) -> Option<i64> {\n");
        s.append("    if (n > ").append(random.nextInt(100)).append(") {\n        Option::Some(area").append(k).append("(Shape").append(k)
                .append("::Circle(n)))\n    } else {\n        Option::None\n    }\n}\n");
        return "area" + k + " i64";
    }

    private String loopChunk(StringBuilder s) {
        int k = next++;
        s.append("\n/// Sums a series (").append(k).append(").\n");
        s.append("fn sum").append(k).append("(n: u64) -> u64 {\n");
        s.append("    let mut i: u64 = 0;\n    let mut acc: u64 = ").append(random.nextInt(50)).append(";\n");
        s.append("    while (i < n) {\n");
        s.append("        if (i % 2 == 0) {\n            acc = acc + i;\n");
        s.append("        } else if (i % 3 == 0) {\n            acc = acc + 2 * i;\n");
        s.append("        } else {\n            acc = acc + 1;\n        }\n");
        s.append("        i = i + 1;\n    }\n    acc\n}\n");
        return "sum" + k + " u64";
    }

    private void utxoChunk(StringBuilder s, List<String> helpers) {
        int k = next++;
        String abi = "Counter" + k;
        s.append("\n/// What a box offers (").append(k).append(").\nabi ").append(abi).append(" {\n");
        s.append("    /// Adds to the box.\n    fn add(amount: u64);\n    fn get() -> u64;\n    fn close();\n");
        s.append("    event Added").append(k).append("(amount: u64);\n    effect Limit").append(k).append("(amount: u64) -> u64;\n}\n\n");
        s.append("utxo Box").append(k).append(" {\n    storage {\n        let mut total: u64;\n        let mut count: u32;\n    }\n\n");
        s.append("    main fn open(pub start: u64) {\n        total = start;\n        count = 0;\n");
        s.append("        while (count < ").append(3 + random.nextInt(20)).append(") {\n            yield(").append(abi).append(");\n        }\n    }\n\n");
        s.append("    fn bump() {\n        count = count + 1;\n    }\n\n");
        s.append("    impl ").append(abi).append(" {\n");
        s.append("        fn add(pub amount: u64) {\n            let limit = raise Limit").append(k).append("(amount);\n");
        s.append("            if (amount > disclose(limit)) {\n                total = total + disclose(limit);\n");
        s.append("            } else {\n                total = total + amount;\n            }\n");
        s.append("            bump();\n            emit Added").append(k).append("(amount);\n        }\n\n");
        s.append("        fn get() -> u64 {\n            total\n        }\n\n");
        s.append("        fn close() {\n            resume;\n        }\n    }\n}\n\n");
        s.append("script fn run").append(k).append("(n: u64) -> u64 {\n");
        s.append("    let b = Box").append(k).append("::open(").append(random.nextInt(9)).append(");\n");
        s.append("    let mut seen: u64 = 0;\n    try {\n        b.add(n);\n        seen = b.get();\n");
        s.append("    } with Limit").append(k).append("(a) {\n        a * 2\n    }\n");
        String tail = "seen";
        for (String h : helpers) {
            if (h.endsWith(" u64") && random.nextInt(3) == 0) {
                tail = h.split(" ")[0] + "(" + tail + ")";
            }
        }
        s.append("    b.close();\n    ").append(tail).append("\n}\n");
    }

    private void tokenChunk(StringBuilder s) {
        int k = next++;
        s.append("\ntoken Coin").append(k).append(" {\n    storage {\n        indexed let mut amount: u64;\n    }\n\n");
        s.append("    mint fn mint(pub initial: u64) {\n        amount = initial;\n    }\n\n");
        s.append("    burn fn melt() { }\n\n");
        s.append("    impl Token {\n        fn attach(utxo: Utxo) { }\n        fn detach(utxo: Utxo) { }\n    }\n}\n\n");
        s.append("script fn mint").append(k).append("(owner: Utxo, n: u64) -> Coin").append(k).append(" {\n");
        s.append("    let c = Coin").append(k).append("::mint(n);\n    c.attach(owner);\n    c\n}\n");
    }
}
