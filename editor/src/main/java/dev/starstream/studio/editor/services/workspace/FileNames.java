package dev.starstream.studio.editor.services.workspace;

import org.jspecify.annotations.Nullable;

/** What a new file or folder may be called. */
public final class FileNames {
    private static final String FORBIDDEN = "/\\:*?\"<>|";

    private FileNames() {}

    /** Why {@code name} cannot be used, or null when it can. */
    public static @Nullable String check(String name) {
        if (name.isBlank()) {
            return "A name is required";
        }
        if (!name.strip().equals(name)) {
            return "A name cannot start or end with a space";
        }
        if (name.equals(".") || name.equals("..")) {
            return "“" + name + "” is not a usable name";
        }
        if (name.startsWith(".")) {
            return "Names starting with “.” are hidden from the workspace";
        }
        if (name.length() > 255) {
            return "The name is too long (at most 255 characters)";
        }
        for (char c : name.toCharArray()) {
            if (FORBIDDEN.indexOf(c) >= 0 || c < ' ') {
                return "A name cannot contain “" + (c < ' ' ? "control characters" : String.valueOf(c)) + "”";
            }
        }
        return null;
    }
}
