package dev.starstream.studio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The {@code .gitignore} pattern rules that {@code studio fmt} honours, as git documents them. */
class GitIgnoreTest {

    private static Boolean decide(String rules, String path, boolean folder) {
        return GitIgnore.parse(rules).decide(path, folder);
    }

    @Test
    void aNameWithoutSlashMatchesAtAnyDepth() {
        assertThat(decide("gen.star\n", "gen.star", false)).isTrue();
        assertThat(decide("gen.star\n", "a/b/gen.star", false)).isTrue();
        assertThat(decide("gen.star\n", "a/other.star", false)).isNull();
    }

    @Test
    void aPatternWithASlashIsAnchoredToTheFolderOfItsFile() {
        assertThat(decide("/top.star\n", "top.star", false)).isTrue();
        assertThat(decide("/top.star\n", "sub/top.star", false)).isNull();
        assertThat(decide("sub/x.star\n", "sub/x.star", false)).isTrue();
        assertThat(decide("sub/x.star\n", "a/sub/x.star", false)).isNull();
    }

    @Test
    void aTrailingSlashMatchesFoldersOnly() {
        assertThat(decide("build/\n", "build", true)).isTrue();
        assertThat(decide("build/\n", "build", false)).isNull();
    }

    @Test
    void starsQuestionMarksAndClassesStayWithinOnePathSegment() {
        assertThat(decide("*.gen.star\n", "a/x.gen.star", false)).isTrue();
        assertThat(decide("a/*.star\n", "a/b/x.star", false)).isNull();
        assertThat(decide("v?.star\n", "v1.star", false)).isTrue();
        assertThat(decide("v[0-9].star\n", "v7.star", false)).isTrue();
        assertThat(decide("v[!0-9].star\n", "v7.star", false)).isNull();
    }

    @Test
    void doubleStarsCrossFolders() {
        assertThat(decide("**/gen/*.star\n", "a/b/gen/x.star", false)).isTrue();
        assertThat(decide("**/gen/*.star\n", "gen/x.star", false)).isTrue();
        assertThat(decide("docs/**\n", "docs/a/b.star", false)).isTrue();
        assertThat(decide("a/**/z.star\n", "a/z.star", false)).isTrue();
        assertThat(decide("a/**/z.star\n", "a/b/c/z.star", false)).isTrue();
    }

    @Test
    void theLastMatchingRuleWinsAndNegationReincludes() {
        String rules = "*.star\n!keep.star\n";
        assertThat(decide(rules, "drop.star", false)).isTrue();
        assertThat(decide(rules, "keep.star", false)).isFalse();
    }

    @Test
    void commentsBlankLinesAndEscapesAreHandled() {
        assertThat(decide("# a comment\n\n\\#hash.star\n", "#hash.star", false)).isTrue();
        assertThat(decide("\\!bang.star\n", "!bang.star", false)).isTrue();
        assertThat(decide("trailing.star   \n", "trailing.star", false)).isTrue();
        assertThat(decide("a.star\r\n", "a.star", false)).isTrue();
    }

    @Test
    void anyTextParsesWithoutFailing() {
        assertThat(decide("[\n\\\n!\n/\n**\n***\n[]]\n", "x.star", false)).isNotNull();
    }
}
