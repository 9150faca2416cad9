package dev.starstream.studio.vm.ledger;

import java.util.Map;

/**
 * An incremental hash of the ledger state: the sum modulo 2^256 of SHA-256({@code "SSELEM1"} ‖
 * element) over every state element, so applying a transaction adds and removes a few elements
 * instead of rehashing everything. The state root = SHA-256({@code "SSSTATE1"} ‖ sum as 32 bytes
 * big-endian). Elements (canonical encodings): a live utxo {@code 'U'} ‖ contract ‖ u64le nonce ‖
 * coroutine tx hash ‖ u32le output index ‖ state ‖ abis; an ownership edge {@code 'O'} ‖ token
 * coroutine ‖ owner coroutine; a nonce counter {@code 'N'} ‖ contract ‖ u64le next nonce; a contract
 * {@code 'C'} ‖ hash ‖ metadata digest.
 *
 * <p>This detects accidental damage and naive edits of a store (changing, adding or removing any
 * element changes the root); an additive set hash is not meant to resist an adversary who searches
 * for colliding element sets.
 */
public final class StateAccumulator {
    private static final byte[] ELEMENT_PREFIX = "SSELEM1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** The sum as four 64-bit limbs, least significant first; arithmetic wraps modulo 2^256. */
    private final long[] sum;

    public StateAccumulator() {
        this(new long[4]);
    }

    private StateAccumulator(long[] sum) {
        this.sum = sum;
    }

    /** An accumulator holding this 32-byte sum (as stored). */
    public static StateAccumulator fromSum(Hash32 sum) {
        return new StateAccumulator(limbs(sum.bytes()));
    }

    public StateAccumulator copy() {
        return new StateAccumulator(sum.clone());
    }

    /** The 32-byte sum, big-endian (what a store keeps to continue incrementally). */
    public Hash32 sum() {
        byte[] bytes = new byte[32];
        for (int limb = 0; limb < 4; limb++) {
            long value = sum[limb];
            for (int i = 0; i < 8; i++) {
                bytes[31 - limb * 8 - i] = (byte) (value >>> (8 * i));
            }
        }
        return new Hash32(bytes);
    }

    public Hash32 root() {
        return Hash32.sha256(new CanonicalWriter().ascii("SSSTATE1").hash(sum()).toByteArray());
    }

    public void addUtxo(UtxoEntry entry) {
        add(utxoElement(entry));
    }

    public void removeUtxo(UtxoEntry entry) {
        remove(utxoElement(entry));
    }

    public void addOwnership(CoroutineId token, CoroutineId owner) {
        add(ownershipElement(token, owner));
    }

    public void removeOwnership(CoroutineId token, CoroutineId owner) {
        remove(ownershipElement(token, owner));
    }

    public void addCounter(Hash32 contract, long nextNonce) {
        add(counterElement(contract, nextNonce));
    }

    public void removeCounter(Hash32 contract, long nextNonce) {
        remove(counterElement(contract, nextNonce));
    }

    public void addContract(DeployedContract contract) {
        add(new CanonicalWriter().u8('C').hash(contract.hash()).hash(contract.metadataDigest()).toByteArray());
    }

    /** The accumulator of a whole state given as its parts (used to check a store against its root). */
    public static StateAccumulator of(
            Iterable<UtxoEntry> utxos,
            Map<CoroutineId, CoroutineId> owners,
            Map<Hash32, Long> counters,
            Iterable<DeployedContract> contracts) {
        StateAccumulator accumulator = new StateAccumulator();
        utxos.forEach(accumulator::addUtxo);
        owners.forEach(accumulator::addOwnership);
        counters.forEach(accumulator::addCounter);
        contracts.forEach(accumulator::addContract);
        return accumulator;
    }

    private static byte[] utxoElement(UtxoEntry entry) {
        CanonicalWriter out = new CanonicalWriter()
                .u8('U')
                .hash(entry.id().contractHash())
                .u64(entry.id().nonce())
                .hash(entry.coroutine().creationTxHash())
                .u32(entry.coroutine().outputIndex());
        TransactionCodec.writeState(out, entry.state());
        TransactionCodec.writeAbis(out, entry.abis());
        return out.toByteArray();
    }

    private static byte[] ownershipElement(CoroutineId token, CoroutineId owner) {
        return new CanonicalWriter()
                .u8('O')
                .hash(token.creationTxHash())
                .u32(token.outputIndex())
                .hash(owner.creationTxHash())
                .u32(owner.outputIndex())
                .toByteArray();
    }

    private static byte[] counterElement(Hash32 contract, long nextNonce) {
        return new CanonicalWriter().u8('N').hash(contract).u64(nextNonce).toByteArray();
    }

    private void add(byte[] element) {
        long[] value = elementValue(element);
        long carry = 0;
        for (int i = 0; i < 4; i++) {
            long a = sum[i];
            long total = a + value[i] + carry;
            // The carry out of a + b + c (c ≤ 1), in unsigned arithmetic.
            carry = Long.compareUnsigned(total, a) < 0 || (carry == 1 && total == a) ? 1 : 0;
            sum[i] = total;
        }
    }

    private void remove(byte[] element) {
        long[] value = elementValue(element);
        long borrow = 0;
        for (int i = 0; i < 4; i++) {
            long a = sum[i];
            long difference = a - value[i] - borrow;
            // The borrow out of a − b − c (c ≤ 1), in unsigned arithmetic.
            borrow = Long.compareUnsigned(a, value[i]) < 0 || (borrow == 1 && a == value[i]) ? 1 : 0;
            sum[i] = difference;
        }
    }

    /** SHA-256({@code "SSELEM1"} ‖ element) as a number (big-endian), in limbs. */
    private static long[] elementValue(byte[] element) {
        return limbs(Hash32.sha256(ELEMENT_PREFIX, element).bytes());
    }

    /** 32 big-endian bytes as four limbs, least significant first. */
    private static long[] limbs(byte[] bytes) {
        long[] limbs = new long[4];
        for (int limb = 0; limb < 4; limb++) {
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (bytes[24 - limb * 8 + i] & 0xFF);
            }
            limbs[limb] = value;
        }
        return limbs;
    }
}
