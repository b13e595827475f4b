package org.scosim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File errors are told in words, not as a bare path. */
class CliSupportTest {
    @Test
    void theKindOfFailureIsNamed() {
        assertEquals("permission denied: /data/out", CliSupport.reason(new AccessDeniedException("/data/out")));
        assertEquals("no such file or folder: /x", CliSupport.reason(new UncheckedIOException(new NoSuchFileException("/x"))));
        assertEquals("Not a directory: /f/sub", CliSupport.reason(new FileSystemException("/f/sub", null, "Not a directory")));
        assertEquals("disk full", CliSupport.reason(new IOException("disk full")));
    }

    @Test
    void aRunIntoAFolderUnderAFileFailsWithStatusOneAndSaysWhy(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "");
        PrintStream err0 = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.commandLine().execute("run", "scenarios/classroom/gui/founding-five-1996.yaml", "-n", "1", "-q",
                    "--no-plots", "--out", file.resolve("sub").toString());
        } finally {
            System.setErr(err0);
        }
        String msg = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, msg);
        assertTrue(msg.startsWith("scosim run: cannot write to " + file.resolve("sub") + ": "), msg);
        assertFalse(msg.contains("Exception"), "no stack trace or class name: " + msg);
    }
}
