package dev.starstream.studio.vm.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * The canonical, versioned byte encodings of transactions. Equal transactions encode to equal bytes
 * (JSON object fields keep their order), so the hash is a function of the value.
 *
 * <ul>
 *   <li>Hash input (A.6): {@code "SSTX1"} ‖ SHA-256(intent bytes) ‖ signatures ‖ effects.
 *   <li>Stored form ({@link #encode}/{@link #decode}): {@code "SSTXE1"} ‖ u32le length + intent bytes ‖
 *       signatures ‖ effects. The trace is not included.
 *   <li>Signatures: u16le count, then 32-byte key ‖ 64-byte signature each.
 *   <li>Effects: u32le count + continuations (u8 0 = ended / 1 = state, state, abis); u32le count + new
 *       outputs (32-byte contract, u8 kind, u8 0 = ephemeral / 1 = state, state, abis); u32le count + ownership
 *       edges (u32le token, u32le owner); u32le count + events (string abi, string name, u32le pid,
 *       canonical JSON args); canonical JSON result; u64le gas used; u64le block height; u64le slot.
 *   <li>State: u8 kind (0 utxo, 1 token), u32le word count, u32le words. ABIs: u32le count + strings.
 *       Strings: u32le length + UTF-8. Canonical JSON: {@link CanonicalJson}.
 * </ul>
 */
public final class TransactionCodec {
    public static final String HASH_PREFIX = "SSTX1";
    public static final String STORED_PREFIX = "SSTXE1";

    private TransactionCodec() {}

    public static Hash32 hash(Transaction tx) {
        CanonicalWriter out = new CanonicalWriter();
        out.ascii(HASH_PREFIX).hash(tx.intent().digest());
        writeSignatures(out, tx.signatures());
        writeEffects(out, tx.effects());
        return Hash32.sha256(out.toByteArray());
    }

    /** The stored form (without the trace). */
    public static byte[] encode(Transaction tx) {
        CanonicalWriter out = new CanonicalWriter();
        out.ascii(STORED_PREFIX).bytes(tx.intent().encode());
        writeSignatures(out, tx.signatures());
        writeEffects(out, tx.effects());
        return out.toByteArray();
    }

    /** The transaction (without a trace) these stored bytes encode, or {@link MalformedEncodingException}. */
    public static Transaction decode(byte[] bytes) {
        CanonicalReader in = new CanonicalReader(bytes);
        try {
            return decode(in);
        } catch (MalformedEncodingException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw in.fail("an invalid transaction: " + e.getMessage());
        }
    }

    private static Transaction decode(CanonicalReader in) {
        in.expectAscii(STORED_PREFIX, "a stored transaction");
        int intentStart = in.position() + 4;
        Intent intent;
        try {
            intent = Intent.decode(in.bytes());
        } catch (MalformedEncodingException e) {
            throw new MalformedEncodingException("bad intent: " + e.getMessage(), intentStart + e.offset());
        }
        List<TxSignature> signatures = readSignatures(in);
        TransactionEffects effects = readEffects(in);
        in.expectEnd("the transaction");
        return new Transaction(intent, signatures, effects, null);
    }

    /** The canonical encoding of effects alone (what two runs of one intent must agree on). */
    public static byte[] encodeEffects(TransactionEffects effects) {
        CanonicalWriter out = new CanonicalWriter();
        writeEffects(out, effects);
        return out.toByteArray();
    }

    /** The canonical encoding of a state (also used by the state accumulator). */
    public static void writeState(CanonicalWriter out, UtxoState state) {
        out.u8(state.kind().code()).u32(state.wordCount());
        for (int word : state.words()) {
            out.u32(word);
        }
    }

    static UtxoState readState(CanonicalReader in) {
        int kind = in.u8();
        if (kind > 1) {
            throw in.fail("unknown state kind " + kind);
        }
        int count = in.count(4, "storage words");
        if (count == 0) {
            throw in.fail("a storage record without words");
        }
        int[] words = new int[count];
        for (int i = 0; i < count; i++) {
            words[i] = in.u32();
        }
        return new UtxoState(UtxoKind.values()[kind], words);
    }

    public static void writeAbis(CanonicalWriter out, List<String> abis) {
        out.u32(abis.size());
        for (String abi : abis) {
            out.string(abi);
        }
    }

    static List<String> readAbis(CanonicalReader in) {
        int count = in.count(4, "ABI names");
        List<String> abis = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            abis.add(in.string());
        }
        return abis;
    }

    private static void writeSignatures(CanonicalWriter out, List<TxSignature> signatures) {
        out.u16(signatures.size());
        for (TxSignature signature : signatures) {
            out.raw(signature.key().bytes()).raw(signature.signature());
        }
    }

    private static List<TxSignature> readSignatures(CanonicalReader in) {
        int count = in.u16();
        List<TxSignature> signatures = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            signatures.add(new TxSignature(new PublicKey(in.raw(PublicKey.LENGTH)), in.raw(TxSignature.LENGTH)));
        }
        return signatures;
    }

    static void writeEffects(CanonicalWriter out, TransactionEffects effects) {
        out.u32(effects.continuations().size());
        for (Continuation continuation : effects.continuations()) {
            writeOptionalState(out, continuation.state());
            writeAbis(out, continuation.abis());
        }
        out.u32(effects.newOutputs().size());
        for (NewOutput output : effects.newOutputs()) {
            out.hash(output.contract()).u8(output.kind().code());
            writeOptionalState(out, output.state());
            writeAbis(out, output.abis());
        }
        out.u32(effects.ownershipOut().size());
        for (OwnershipEdge edge : effects.ownershipOut()) {
            out.u32(edge.token()).u32(edge.owner());
        }
        out.u32(effects.events().size());
        for (TxEvent event : effects.events()) {
            out.string(event.abi()).string(event.name()).u32(event.process());
            CanonicalJson.write(out, event.args());
        }
        CanonicalJson.write(out, effects.result());
        out.u64(effects.gasUsed()).u64(effects.blockHeight()).u64(effects.slot());
    }

    static TransactionEffects readEffects(CanonicalReader in) {
        int continuationCount = in.count(5, "continuations");
        List<Continuation> continuations = new ArrayList<>(continuationCount);
        for (int i = 0; i < continuationCount; i++) {
            UtxoState state = readOptionalState(in);
            continuations.add(new Continuation(state, readAbis(in)));
        }
        int outputCount = in.count(38, "new outputs");
        List<NewOutput> outputs = new ArrayList<>(outputCount);
        for (int i = 0; i < outputCount; i++) {
            Hash32 contract = in.hash();
            int kind = in.u8();
            if (kind > 1) {
                throw in.fail("unknown output kind " + kind);
            }
            UtxoState state = readOptionalState(in);
            outputs.add(new NewOutput(contract, UtxoKind.values()[kind], state, readAbis(in)));
        }
        int edgeCount = in.count(8, "ownership edges");
        List<OwnershipEdge> edges = new ArrayList<>(edgeCount);
        for (int i = 0; i < edgeCount; i++) {
            int token = in.u32();
            int owner = in.u32();
            if (token < 0 || owner < 0) {
                throw in.fail("an ownership edge with an output ref beyond 2^31");
            }
            edges.add(new OwnershipEdge(token, owner));
        }
        int eventCount = in.count(13, "events");
        List<TxEvent> events = new ArrayList<>(eventCount);
        for (int i = 0; i < eventCount; i++) {
            String abi = in.string();
            String name = in.string();
            int process = in.u32();
            events.add(new TxEvent(abi, name, CanonicalJson.read(in), process));
        }
        var result = CanonicalJson.read(in);
        long gas = in.u64();
        long height = in.u64();
        long slot = in.u64();
        return new TransactionEffects(continuations, outputs, edges, events, result, gas, height, slot);
    }

    private static void writeOptionalState(CanonicalWriter out, @org.jspecify.annotations.Nullable UtxoState state) {
        if (state == null) {
            out.u8(0);
        } else {
            out.u8(1);
            writeState(out, state);
        }
    }

    private static @org.jspecify.annotations.Nullable UtxoState readOptionalState(CanonicalReader in) {
        int present = in.u8();
        return switch (present) {
            case 0 -> null;
            case 1 -> readState(in);
            default -> throw in.fail("expected 0 or 1 before a state, found " + present);
        };
    }
}
