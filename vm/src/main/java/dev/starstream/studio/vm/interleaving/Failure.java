package dev.starstream.studio.vm.interleaving;

/** A broken rule before the machine has placed it (pid, op index and step are added by the machine). */
record Failure(Rule rule, String message) {
    static Failure of(Rule rule, String format, Object... args) {
        return new Failure(rule, args.length == 0 ? format : String.format(format, args));
    }
}
