package dev.starstream.studio.vm.lang.diag;

/** How bad a diagnostic is. Errors stop a build; warnings do not (unless asked to). */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word used in JSON and in human output. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
