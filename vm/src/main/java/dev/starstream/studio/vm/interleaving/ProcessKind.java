package dev.starstream.studio.vm.interleaving;

/** What a process is: a utxo, a token (a utxo with {@code is_token}) or a coordination script. */
public enum ProcessKind {
    UTXO("U"),
    TOKEN("T"),
    COORD("S");

    private final String letter;

    ProcessKind(String letter) {
        this.letter = letter;
    }

    /** One letter for labels: U, T or S (as RUNTIME's notation names scripts S). */
    public String letter() {
        return letter;
    }

    public boolean utxo() {
        return this != COORD;
    }
}
