package dev.starstream.studio.vm.lang.ast;

/** The modifier in front of {@code fn}: what the function is exported as. */
public enum FnKind {
    PLAIN(""),
    SCRIPT("script"),
    MAIN("main"),
    MINT("mint"),
    BURN("burn");

    private final String keyword;

    FnKind(String keyword) {
        this.keyword = keyword;
    }

    /** The modifier as written, empty for a plain function. */
    public String keyword() {
        return keyword;
    }
}
