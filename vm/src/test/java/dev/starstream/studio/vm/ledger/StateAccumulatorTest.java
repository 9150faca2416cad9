package dev.starstream.studio.vm.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The state accumulator's sum is Σ SHA-256("SSELEM1" ‖ element) mod 2^256, in any order. */
class StateAccumulatorTest {
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    /** The counter element's encoding and value, computed here from the documented format. */
    private static BigInteger counterValue(Hash32 contract, long nextNonce) {
        byte[] element = new CanonicalWriter().u8('N').hash(contract).u64(nextNonce).toByteArray();
        return new BigInteger(1, Hash32.sha256("SSELEM1".getBytes(StandardCharsets.US_ASCII), element).bytes());
    }

    private static BigInteger sumOf(StateAccumulator accumulator) {
        return new BigInteger(1, accumulator.sum().bytes());
    }

    @Test
    void addingAndRemovingElementsMatchesArithmeticModuloTwoToThe256() {
        Random random = new Random(5);
        StateAccumulator accumulator = new StateAccumulator();
        BigInteger expected = BigInteger.ZERO;
        List<long[]> live = new ArrayList<>();
        for (int step = 0; step < 5_000; step++) {
            if (live.isEmpty() || random.nextInt(3) > 0) {
                long[] element = {random.nextInt(50), random.nextLong()};
                Hash32 contract = Hash32.sha256(new byte[] {(byte) element[0]});
                accumulator.addCounter(contract, element[1]);
                expected = expected.add(counterValue(contract, element[1])).mod(MODULUS);
                live.add(element);
            } else {
                long[] element = live.remove(random.nextInt(live.size()));
                Hash32 contract = Hash32.sha256(new byte[] {(byte) element[0]});
                accumulator.removeCounter(contract, element[1]);
                expected = expected.subtract(counterValue(contract, element[1])).mod(MODULUS);
            }
            assertThat(sumOf(accumulator)).as("step %d", step).isEqualTo(expected);
        }
        assertThat(StateAccumulator.fromSum(accumulator.sum()).root()).isEqualTo(accumulator.root());
        for (long[] element : live) {
            accumulator.removeCounter(Hash32.sha256(new byte[] {(byte) element[0]}), element[1]);
        }
        assertThat(accumulator.sum()).isEqualTo(new StateAccumulator().sum());
    }

    @Test
    void removingFromAnEmptySumWrapsAroundAndAddingBackReturnsToZero() {
        StateAccumulator accumulator = new StateAccumulator();
        Hash32 contract = Hash32.sha256(new byte[] {1});
        accumulator.removeCounter(contract, 7);
        assertThat(sumOf(accumulator)).isEqualTo(MODULUS.subtract(counterValue(contract, 7)));
        StateAccumulator copy = accumulator.copy();
        accumulator.addCounter(contract, 7);
        assertThat(accumulator.sum()).isEqualTo(Hash32.ZERO);
        assertThat(sumOf(copy)).isEqualTo(MODULUS.subtract(counterValue(contract, 7)));
    }
}
