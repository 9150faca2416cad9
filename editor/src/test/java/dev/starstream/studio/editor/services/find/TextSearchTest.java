package dev.starstream.studio.editor.services.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSearchTest {
    @Test
    void plainSearchIsCaseInsensitiveAndLiteral() {
        assertThat(TextSearch.findAll("Ab ab a.b", SearchQuery.plain("ab")).ranges())
                .containsExactly(new TextRange(0, 2), new TextRange(3, 5));
        assertThat(TextSearch.findAll("a.b axb", SearchQuery.plain("a.b")).ranges()).containsExactly(new TextRange(0, 3));
    }

    @Test
    void matchCaseAndWholeWord() {
        assertThat(TextSearch.findAll("chips Chips chipsy", new SearchQuery("chips", true, true, false)).ranges())
                .containsExactly(new TextRange(0, 5));
    }

    @Test
    void regexWithGroupsInTheReplacement() {
        SearchQuery q = new SearchQuery("(\\w+): u64", true, false, true);
        assertThat(TextSearch.replaceAll("a: u64, b: u64", q, "$1: u32")).isEqualTo(new TextSearch.Replaced("a: u32, b: u32", 2));
    }

    @Test
    void anInvalidPatternIsReportedNotThrown() {
        SearchResult result = TextSearch.findAll("x", new SearchQuery("(", false, false, true));
        assertThat(result).isInstanceOf(SearchResult.InvalidPattern.class);
        assertThat(result.ranges()).isEmpty();
    }

    @Test
    void emptyMatchesAreSkipped() {
        assertThat(TextSearch.findAll("aba", new SearchQuery("b*", false, false, true)).ranges())
                .containsExactly(new TextRange(1, 2));
    }

    @Test
    void plainReplacementIsLiteralEvenWithDollars() {
        assertThat(TextSearch.replaceAll("x y x", SearchQuery.plain("x"), "$0").text()).isEqualTo("$0 y $0");
        assertThat(TextSearch.replaceOne("x y x", SearchQuery.plain("x"), new TextRange(4, 5), "z")).isEqualTo("x y z");
        assertThat(TextSearch.findAll("", SearchQuery.plain("")).ranges()).isEqualTo(List.of());
    }
}
