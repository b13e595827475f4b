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

    /** After a failed write (a full disk): the unfinished files go, every finished one stays, and the error says so. */
    @Test
    void aFailedWriteRemovesOnlyTheUnfinishedFilesAndTellsHowToResume(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("sweep");
        Files.createDirectories(dir.resolve("runs/0001"));
        Files.createDirectories(dir.resolve("runs/0002/plots"));
        Files.writeString(dir.resolve("experiment.json"), "{}");
        Files.write(dir.resolve("runs/0001/measures.csv"), new byte[700]);
        Files.write(dir.resolve("runs/0001/done"), new byte[0]);
        Files.write(dir.resolve("runs/0002/measures.csv.part"), new byte[2000]);
        Files.write(dir.resolve("runs/0002/plots/trust.png.part"), new byte[500]);
        Files.createDirectories(dir.resolve("runs/0002/odd.part"));   // a folder of that name is not a file: kept

        String said = ExperimentCommand.cannotWrite("sweep", dir, new IOException("No space left on device"));
        assertEquals("scosim sweep: cannot write the results in " + dir + ": No space left on device; its 2 unfinished"
                + " files (*.part, 2.5 KB) were removed\n  the finished runs are kept: once there is room (or the fault is"
                + " mended), finish with scosim sweep --resume " + dir, said);
        assertTrue(Files.exists(dir.resolve("runs/0001/measures.csv")) && Files.exists(dir.resolve("runs/0001/done")));
        assertTrue(Files.isDirectory(dir.resolve("runs/0002/odd.part")) && Files.exists(dir.resolve("experiment.json")));
        assertFalse(Files.exists(dir.resolve("runs/0002/measures.csv.part")));
        assertFalse(Files.exists(dir.resolve("runs/0002/plots/trust.png.part")));
        assertEquals("", CliSupport.removeUnfinished(dir), "nothing left to remove");
    }

    /** A folder that is no experiment's (no manifest) is left alone: no file removed, no resume suggested. */
    @Test
    void aFolderWithoutAManifestIsLeftAlone(@TempDir Path tmp) throws IOException {
        Path part = Files.write(tmp.resolve("notes.txt.part"), new byte[10]);
        assertEquals("scosim compare: cannot write the results in " + tmp + ": disk full",
                ExperimentCommand.cannotWrite("compare", tmp, new IOException("disk full")));
        assertTrue(Files.exists(part));
        assertEquals("scosim compare: cannot write the results: disk full",
                ExperimentCommand.cannotWrite("compare", null, new IOException("disk full")));
    }

    @Test
    void oneUnfinishedFileIsCountedInTheSingular(@TempDir Path tmp) throws IOException {
        Files.write(tmp.resolve("trade.csv.part"), new byte[999]);
        assertEquals("; its 1 unfinished file (*.part, 999 B) was removed", CliSupport.removeUnfinished(tmp));
        assertEquals("", CliSupport.removeUnfinished(tmp.resolve("missing")));
    }
}
