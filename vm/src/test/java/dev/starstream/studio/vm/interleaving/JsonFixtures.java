package dev.starstream.studio.vm.interleaving;

/** Gives tests in sub-packages the package-private fixtures of this one. */
public final class JsonFixtures {
    private JsonFixtures() {}

    public static Verdict workedExampleVerdict() {
        return TransactionChecker.check(WorkedExample.instance(), WorkedExample.traces());
    }

    public static void assertGolden(String name, String actual) throws java.io.IOException {
        Golden.assertMatches(name, actual);
    }
}
