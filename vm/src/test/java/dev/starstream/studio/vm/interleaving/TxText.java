package dev.starstream.studio.vm.interleaving;

import dev.starstream.studio.vm.interleaving.encoding.Ids;
import dev.starstream.studio.vm.interleaving.op.FunctionId;
import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.RefId;
import dev.starstream.studio.vm.interleaving.op.Word;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A compact text form for hand-built transactions, used by the rule tables.
 *
 * <pre>
 * process U utxo new                      # declaration order = canonical order = pids
 * process I token input burn in=U out=U   # input flags: burn (no continuation), in=/out= owners
 * process V utxo new ephemeral out=U
 * process S coord entry program=Q         # program= names the contract (default P)
 * U: Enter(open) Init(r0,S) NewRef(0,r1) Yield(r1)
 * S: NewRef(0,r0) NewUtxo(P,r0,U) Resume(U,open,r0,r1,U) Return
 * drive: S S S U                          # optional: the order a test feeds ops to the machine
 * </pre>
 *
 * Arguments: process labels or {@code #n} for pids, {@code rN} refs, {@code _} for an unresolved
 * output, names for functions ({@code F(name)}), interfaces ({@code I(name)}) and programs, plain
 * numbers for sizes, offsets and lanes. Later lines for the same process append to its trace.
 */
record TxText(InterleavingInstance instance, List<ProcessTrace> traces, Map<String, ProcessId> labels,
        List<String> drive) {

    static Hash program(String name) {
        return Ids.programHash(("program:" + name).getBytes(StandardCharsets.UTF_8));
    }

    static TxText parse(String text) {
        return parse(text.lines().toList());
    }

    static TxText parse(List<String> lines) {
        List<String[]> decls = new ArrayList<>();
        Map<String, List<String>> opLines = new LinkedHashMap<>();
        List<String> drive = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.replaceAll("#\\s.*$", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("process ")) {
                decls.add(line.substring(8).strip().split("\\s+"));
            } else if (line.startsWith("drive:")) {
                drive.addAll(List.of(line.substring(6).strip().split("\\s+")));
            } else {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException("not a declaration or a trace line: " + raw);
                }
                String label = line.substring(0, colon).strip();
                String ops = line.substring(colon + 1).strip();
                opLines.computeIfAbsent(label, k -> new ArrayList<>());
                if (!ops.isEmpty()) {
                    opLines.get(label).addAll(List.of(ops.split("\\s+")));
                }
            }
        }
        Map<String, ProcessId> labels = new LinkedHashMap<>();
        for (int i = 0; i < decls.size(); i++) {
            labels.put(decls.get(i)[0], new ProcessId(i));
        }
        InterleavingInstance.Builder b = InterleavingInstance.builder();
        ProcessId entry = null;
        for (String[] d : decls) {
            Map<String, String> opts = new LinkedHashMap<>();
            for (int i = 2; i < d.length; i++) {
                String[] kv = d[i].split("=", 2);
                opts.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
            Hash hash = program(opts.getOrDefault("program", "P"));
            ProcessId in = owner(opts.get("in"), labels);
            ProcessId out = owner(opts.get("out"), labels);
            ProcessId pid = switch (d[1]) {
                case "coord" -> b.coord(hash);
                case "utxo", "token" -> opts.containsKey("input")
                        ? b.input(hash, d[1].equals("token"), opts.containsKey("burn"), in, out)
                        : b.newOutput(hash, d[1].equals("token"), out, opts.containsKey("ephemeral"));
                default -> throw new IllegalArgumentException("a process is a utxo, token or coord: " + d[1]);
            };
            if (opts.containsKey("entry")) {
                entry = pid;
            }
        }
        if (entry != null) {
            b.entrypoint(entry);
        }
        InterleavingInstance built = b.build();
        if (opts(decls, "ephemeral-input")) {
            built = withEphemeralInput(built);
        }
        List<ProcessTrace> traces = new ArrayList<>();
        for (String[] d : decls) {
            List<Op> ops = new ArrayList<>();
            for (String op : opLines.getOrDefault(d[0], List.of())) {
                ops.add(op(op, labels));
            }
            traces.add(new ProcessTrace(ops));
        }
        for (String label : opLines.keySet()) {
            if (!labels.containsKey(label)) {
                throw new IllegalArgumentException("trace for undeclared process " + label);
            }
        }
        return new TxText(built, traces, labels, drive);
    }

    ProcessId pid(String label) {
        ProcessId pid = labels.get(label);
        if (pid == null) {
            throw new IllegalArgumentException("no process " + label);
        }
        return pid;
    }

    String label(ProcessId pid) {
        return labels.entrySet().stream().filter(e -> e.getValue().equals(pid)).map(Map.Entry::getKey)
                .findFirst().orElse("#" + pid.value());
    }

    private static boolean opts(List<String[]> decls, String flag) {
        return decls.stream().anyMatch(d -> List.of(d).contains(flag));
    }

    /** Marks the first input ephemeral: an ill-formed instance, for rule 1. */
    private static InterleavingInstance withEphemeralInput(InterleavingInstance i) {
        List<Boolean> eph = new ArrayList<>(i.ephemeral());
        eph.set(0, true);
        return new InterleavingInstance(i.processTable(), i.isUtxo(), i.isToken(), i.mustBurn(), i.nInputs(),
                i.nNew(), i.nCoords(), i.ownershipIn(), i.ownershipOut(), i.entrypoint(), eph);
    }

    private static @Nullable ProcessId owner(@Nullable String label, Map<String, ProcessId> labels) {
        return label == null || label.equals("_") ? null : pid(label, labels);
    }

    static Op op(String text, Map<String, ProcessId> labels) {
        int paren = text.indexOf('(');
        String name = paren < 0 ? text : text.substring(0, paren);
        String[] a = paren < 0 ? new String[0] : text.substring(paren + 1, text.length() - 1).split(",");
        Args args = new Args(name, a, labels);
        return switch (name) {
            case "Resume" -> new Op.Resume(args.pid(0), args.fn(1), args.ref(2), args.optRef(3), args.optPid(4));
            case "Yield" -> new Op.Yield(args.ref(0));
            case "NewUtxo" -> new Op.NewUtxo(program(a[0]), args.ref(1), args.pid(2));
            case "NewToken" -> new Op.NewToken(program(a[0]), args.ref(1), args.pid(2));
            case "NewCoord" -> new Op.NewCoord(program(a[0]), args.ref(1), args.pid(2));
            case "InstallHandler" -> new Op.InstallHandler(Ids.interfaceId(a[0]));
            case "UninstallHandler" -> new Op.UninstallHandler(Ids.interfaceId(a[0]));
            case "GetHandlerFor" -> new Op.GetHandlerFor(Ids.interfaceId(a[0]), args.pid(1));
            case "Burn" -> new Op.Burn();
            case "Activation" -> new Op.Activation(args.ref(0), args.pid(1));
            case "Init" -> new Op.Init(args.ref(0), args.pid(1));
            case "NewRef" -> new Op.NewRef(args.integer(0), args.ref(1));
            case "RefPush" -> new Op.RefPush(args.word(0));
            case "RefGet" -> new Op.RefGet(args.ref(0), args.integer(1), args.word(2));
            case "RefWrite" -> new Op.RefWrite(args.ref(0), args.integer(1), args.word(2));
            case "Bind" -> new Op.Bind(args.pid(0));
            case "Unbind" -> new Op.Unbind(args.pid(0));
            case "ProgramHash" -> new Op.ProgramHash(args.pid(0), program(a[1]));
            case "Return" -> new Op.Return();
            case "CallEffectHandler" -> new Op.CallEffectHandler(
                    Ids.interfaceId(a[0]), args.fn(1), args.ref(2), args.optRef(3));
            case "Enter" -> new Op.Enter(args.fn(0));
            default -> throw new IllegalArgumentException("unknown operation " + text);
        };
    }

    private static ProcessId pid(String label, Map<String, ProcessId> labels) {
        if (label.startsWith("#")) {
            return new ProcessId(Integer.parseInt(label.substring(1)));
        }
        ProcessId pid = labels.get(label);
        if (pid == null) {
            throw new IllegalArgumentException("no process " + label);
        }
        return pid;
    }

    private record Args(String op, String[] a, Map<String, ProcessId> labels) {
        ProcessId pid(int i) {
            return TxText.pid(arg(i), labels);
        }

        @Nullable ProcessId optPid(int i) {
            return arg(i).equals("_") ? null : pid(i);
        }

        RefId ref(int i) {
            String s = arg(i);
            if (!s.startsWith("r")) {
                throw new IllegalArgumentException(op + ": argument " + i + " is a ref (rN), got " + s);
            }
            return new RefId(Long.parseLong(s.substring(1)));
        }

        @Nullable RefId optRef(int i) {
            return arg(i).equals("_") ? null : ref(i);
        }

        FunctionId fn(int i) {
            return Ids.functionId(arg(i));
        }

        int integer(int i) {
            return Integer.parseInt(arg(i));
        }

        Word word(int from) {
            return new Word(Long.parseLong(arg(from)), Long.parseLong(arg(from + 1)), Long.parseLong(arg(from + 2)),
                    Long.parseLong(arg(from + 3)));
        }

        private String arg(int i) {
            if (i >= a.length) {
                throw new IllegalArgumentException(op + " needs argument " + i);
            }
            return a[i].strip();
        }
    }
}
