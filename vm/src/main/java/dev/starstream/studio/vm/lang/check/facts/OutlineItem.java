package dev.starstream.studio.vm.lang.check.facts;

import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.List;

/**
 * One entry of a document outline (LANGUAGE.md §6.2 symbol kinds): name, kind, a detail (a type or
 * a signature), the span of the whole item and of its name, and children.
 */
public record OutlineItem(String name, Kind kind, String detail, Span range, Span selection, List<OutlineItem> children) {

    /** The LSP symbol kinds the outline uses. */
    public enum Kind {
        FUNCTION,
        METHOD,
        STRUCT,
        FIELD,
        ENUM,
        ENUM_MEMBER,
        CLASS,
        INTERFACE,
        EVENT
    }

    public OutlineItem {
        children = List.copyOf(children);
    }
}
