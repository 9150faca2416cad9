package dev.starstream.studio.vm.ledger;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * What a transaction intends, fixed before it runs and signed (RUNTIME A.6): the entry script (its
 * contract and name), its arguments as P3 lanes with every utxo/token argument replaced by its index
 * into {@link #inputs}, the inputs in order of first appearance among those arguments (A.5b), the
 * block it was prepared at, and the gas limit.
 *
 * <p>{@link #encode()} gives the exact intent bytes:
 * {@code "SSINTENT1"} ‖ 32-byte entry contract hash ‖ u16le length + script name (UTF-8) ‖ u32le
 * lane count + each lane as u32le ‖ u16le input count + for each input its 32-byte contract hash and
 * u64le nonce ‖ u64le height and 32-byte hash of the block it was prepared at ‖ u64le gas limit.
 * Signatures are Ed25519 over {@link #digest()} = SHA-256(intent bytes).
 */
public record Intent(
        Hash32 entryContract,
        String scriptName,
        Lanes arguments,
        List<UtxoId> inputs,
        long preparedAtHeight,
        Hash32 preparedAtHash,
        long gasLimit) {
    public static final String PREFIX = "SSINTENT1";
    /** The default gas limit of a transaction (A.5b). */
    public static final long DEFAULT_GAS_LIMIT = 10_000_000L;

    public Intent {
        Objects.requireNonNull(entryContract, "entryContract");
        Objects.requireNonNull(scriptName, "scriptName");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(preparedAtHash, "preparedAtHash");
        inputs = List.copyOf(inputs);
        if (scriptName.getBytes(StandardCharsets.UTF_8).length > 0xFFFF) {
            throw new IllegalArgumentException("a script name is at most 65535 UTF-8 bytes");
        }
        if (inputs.size() > 0xFFFF) {
            throw new IllegalArgumentException("a transaction has at most 65535 inputs, not " + inputs.size());
        }
    }

    /** The exact bytes that are signed (through their SHA-256). */
    public byte[] encode() {
        CanonicalWriter out = new CanonicalWriter();
        write(out);
        return out.toByteArray();
    }

    void write(CanonicalWriter out) {
        out.ascii(PREFIX).hash(entryContract).shortString(scriptName);
        out.u32(arguments.size());
        for (int lane : arguments.values()) {
            out.u32(lane);
        }
        out.u16(inputs.size());
        for (UtxoId input : inputs) {
            out.hash(input.contractHash()).u64(input.nonce());
        }
        out.u64(preparedAtHeight).hash(preparedAtHash).u64(gasLimit);
    }

    /** SHA-256 of the intent bytes: what every signature signs. */
    public Hash32 digest() {
        return Hash32.sha256(encode());
    }

    /** The intent these bytes encode; {@link MalformedEncodingException} if they are not exactly one intent. */
    public static Intent decode(byte[] bytes) {
        CanonicalReader in = new CanonicalReader(bytes);
        Intent intent = read(in);
        in.expectEnd("the intent");
        return intent;
    }

    static Intent read(CanonicalReader in) {
        in.expectAscii(PREFIX, "an intent");
        Hash32 entry = in.hash();
        String script = in.shortString();
        int laneCount = in.count(4, "lanes");
        int[] lanes = new int[laneCount];
        for (int i = 0; i < laneCount; i++) {
            lanes[i] = in.u32();
        }
        int inputCount = in.u16();
        UtxoId[] inputs = new UtxoId[inputCount];
        for (int i = 0; i < inputCount; i++) {
            inputs[i] = new UtxoId(in.hash(), in.u64());
        }
        long height = in.u64();
        Hash32 blockHash = in.hash();
        long gas = in.u64();
        return new Intent(entry, script, new Lanes(lanes), List.of(inputs), height, blockHash, gas);
    }
}
