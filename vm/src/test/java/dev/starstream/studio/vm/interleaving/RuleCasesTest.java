package dev.starstream.studio.vm.interleaving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.interleaving.RuleCases.Case;
import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule, one legal and one illegal transaction each, from {@code rules.cases}: the legal one
 * passes, the illegal one fails with the rule's error at the operation the table names.
 */
class RuleCasesTest {
    private static final List<Case> CASES = RuleCases.load();

    @Test
    void everyRuleOfTheMachineHasAPassingAndAFailingCase() {
        assertThat(CASES).extracting(Case::rule)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, Rule.values().length).boxed().toList());
    }

    @Test
    void rulesAreNumberedInOrderAndTheEndRulesAreKnown() {
        for (Rule rule : Rule.values()) {
            assertThat(Rule.number(rule.number())).isSameAs(rule);
        }
        assertThat(Stream.of(Rule.values()).filter(Rule::atEnd).map(Rule::number))
                .containsExactly(54, 55, 56, 57, 58, 59, 60, 64, 65, 66);
    }

    @Test
    void eachCaseNamesTheErrorItsRuleReports() {
        for (Case c : CASES) {
            assertThat(c.error()).as(c.toString()).isEqualTo(Rule.number(c.rule()).error().name());
        }
    }

    @TestFactory
    Stream<DynamicTest> legalTransactionsPass() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(
                c + " — passes: " + c.pass().description(), () -> {
                    TxText tx = c.pass().tx();
                    Verdict verdict = run(tx);
                    assertThat(verdict.violation()).as("violation").isNull();
                    assertThat(verdict.order()).isNotEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> illegalTransactionsFailWhereTheTableSays() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(
                c + " — fails: " + c.fail().description(), () -> {
                    TxText tx = c.fail().tx();
                    Violation v = run(tx).violation();
                    assertThat(v).as("violation").isNotNull();
                    assertThat(v.rule().number()).as(v.describe()).isEqualTo(c.reportedAs());
                    assertThat(v.error()).isEqualTo(Rule.number(c.reportedAs()).error());
                    assertWhere(tx, v, c.where());
                    assertThat(v.message()).isNotBlank();
                }));
    }

    private static void assertWhere(TxText tx, Violation v, String where) {
        if (where.equals("shape")) {
            assertThat(v.pid()).isNull();
            return;
        }
        String[] parts = where.split(" ");
        if (parts[0].equals("end")) {
            assertThat(v.pid()).as(v.describe()).isEqualTo(tx.pid(parts[1]));
            assertThat(v.opIndex()).isEqualTo(-1);
            return;
        }
        assertThat(v.pid()).as(v.describe()).isEqualTo(tx.pid(parts[0]));
        assertThat(v.opIndex() + 1).as(v.describe()).isEqualTo(Integer.parseInt(parts[1]));
    }

    /** Checks the whole transaction, or, when the case says {@code drive:}, feeds the machine in that order. */
    static Verdict run(TxText tx) {
        if (tx.drive().isEmpty()) {
            return TransactionChecker.check(tx.instance(), tx.traces());
        }
        InterleavingMachine machine = InterleavingMachine.replaying(tx.instance());
        int[] next = new int[tx.traces().size()];
        for (String label : tx.drive()) {
            ProcessId pid = tx.pid(label);
            Op op = tx.traces().get(pid.value()).op(next[pid.value()]++);
            if (!machine.step(pid, op).accepted()) {
                break;
            }
        }
        return machine.finish();
    }
}
