package org.scosim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files appear whole or not at all: written under a ".part" name, then renamed into place. */
public final class AtomicFiles {
    public static final String PART = ".part";

    private AtomicFiles() {
    }

    public static Path partOf(Path target) {
        return target.resolveSibling(target.getFileName() + PART);
    }

    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path part = partOf(target);
        Files.write(part, content);
        commit(part, target);
    }

    public static void commit(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
