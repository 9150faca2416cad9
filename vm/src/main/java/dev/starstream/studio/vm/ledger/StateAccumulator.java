package dev.starstream.studio.vm.ledger;

import java.math.BigInteger;
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
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    private BigInteger sum;

    public StateAccumulator() {
        this(BigInteger.ZERO);
    }

    private StateAccumulator(BigInteger sum) {
        this.sum = sum;
    }

    /** An accumulator holding this 32-byte sum (as stored). */
    public static StateAccumulator fromSum(Hash32 sum) {
        return new StateAccumulator(new BigInteger(1, sum.bytes()));
    }

    public StateAccumulator copy() {
        return new StateAccumulator(sum);
    }

    /** The 32-byte sum (what a store keeps to continue incrementally). */
    public Hash32 sum() {
        byte[] magnitude = sum.toByteArray();
        byte[] bytes = new byte[32];
        int copy = Math.min(magnitude.length, 32);
        System.arraycopy(magnitude, magnitude.length - copy, bytes, 32 - copy, copy);
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
        sum = sum.add(elementValue(element)).mod(MODULUS);
    }

    private void remove(byte[] element) {
        sum = sum.subtract(elementValue(element)).mod(MODULUS);
    }

    private static BigInteger elementValue(byte[] element) {
        return new BigInteger(1, Hash32.sha256("SSELEM1".getBytes(java.nio.charset.StandardCharsets.US_ASCII), element).bytes());
    }
}
