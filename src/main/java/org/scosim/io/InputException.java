package org.scosim.io;

import java.nio.file.Path;

/**
 * A user's input is wrong. Carries what the CLI needs for one clear message: the file, the place
 * (line and column when known, and the field path) and what was expected. Never shown with a stack trace.
 */
public final class InputException extends Exception {
    private final Path file;
    private final int line;
    private final int column;
    private final String fieldPath;

    public InputException(Path file, int line, int column, String fieldPath, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.fieldPath = fieldPath;
    }

    public InputException(Path file, String fieldPath, String message) {
        this(file, -1, -1, fieldPath, message);
    }

    public Path file() { return file; }
    public int line() { return line; }
    public int column() { return column; }
    public String fieldPath() { return fieldPath; }

    /** e.g. {@code scenarios/x.yaml:12:5: at rule.threshold: expected a number in (0, 1], got 1.5} */
    public String userMessage() {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file.toString());
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) sb.append(':').append(column);
        }
        sb.append(": ");
        if (fieldPath != null && !fieldPath.isEmpty()) sb.append("at ").append(fieldPath).append(": ");
        sb.append(getMessage());
        return sb.toString();
    }
}
