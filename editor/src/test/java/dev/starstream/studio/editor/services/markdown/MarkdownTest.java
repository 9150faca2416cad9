package dev.starstream.studio.editor.services.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {
    @Test
    void anExplanationPageBecomesHeadingsParagraphsListsAndCode() {
        List<Markdown.Block> blocks = Markdown.parse("""
                # E0031: Argument of the wrong type

                An argument does not have
                the type of its `parameter`.

                - Pass a value of the **parameter's** type.
                - In an `impl`, copy the types
                  from the `abi`.

                ```star
                fn g(a: i64) -> i64 { a }
                ```
                ---
                *done*
                """);
        assertThat(blocks).hasSize(7);
        assertThat(blocks.get(0)).isEqualTo(new Markdown.Heading(1, List.of(new Markdown.Plain("E0031: Argument of the wrong type"))));
        assertThat(blocks.get(1)).isEqualTo(new Markdown.Paragraph(List.of(new Markdown.Plain("An argument does not have the type of its "),
                new Markdown.InlineCode("parameter"), new Markdown.Plain("."))));
        assertThat(blocks.get(2)).isEqualTo(new Markdown.ListItem(false, "•", List.of(new Markdown.Plain("Pass a value of the "),
                new Markdown.Strong("parameter's"), new Markdown.Plain(" type."))));
        assertThat(((Markdown.ListItem) blocks.get(3)).text()).extracting(Markdown.Inline::text)
                .containsExactly("In an ", "impl", ", copy the types", " ", "from the ", "abi", ".");
        assertThat(blocks.get(4)).isEqualTo(new Markdown.Code("star", "fn g(a: i64) -> i64 { a }"));
        assertThat(blocks.get(5)).isEqualTo(new Markdown.Rule());
        assertThat(blocks.get(6)).isEqualTo(new Markdown.Paragraph(List.of(new Markdown.Emphasis("done"))));
    }

    @Test
    void unclosedMarksAndFencesAreJustText() {
        assertThat(Markdown.parse("a `b and *c")).containsExactly(new Markdown.Paragraph(List.of(new Markdown.Plain("a `b and *c"))));
        assertThat(Markdown.parse("```\nx")).containsExactly(new Markdown.Code("", "x"));
        assertThat(Markdown.inlines("snake_case_name")).containsExactly(new Markdown.Plain("snake_case_name"));
    }
}
