package org.scosim.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** What every command shares: when to show progress, where results go by default. */
final class CliSupport {
    private CliSupport() {
    }

    /** Progress is drawn only on a terminal, never in CI or when piped, and not with --quiet. */
    static boolean interactive(boolean quiet) {
        return !quiet && System.console() != null && System.getenv("CI") == null;
    }

    /** A progress bar with ETA on standard error, or null when there is no terminal to draw it on. */
    static ProgressBar progressBar(boolean quiet, String task, long total) {
        if (!interactive(quiet)) return null;
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUnit(" runs", 1).showSpeed().build();
    }

    /** {@code results/<folder>/<prefix><timestamp>}, with -2, -3, ... when that exists already. */
    static Path timestampedDir(String folder, String prefix) {
        String stamp = prefix + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path dir = Paths.get("results", folder, stamp);
        for (int k = 2; Files.exists(dir); k++) dir = Paths.get("results", folder, stamp + "-" + k);
        return dir;
    }

    static boolean isEmptyDir(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /**
     * Why a file operation failed, in words: Java's file-system exceptions carry only the path as their message
     * ("/data/out"), so the kind of failure is named here ("permission denied: /data/out").
     */
    static String reason(Throwable e) {
        Throwable t = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof java.nio.file.AccessDeniedException a) return "permission denied: " + a.getFile();
        if (t instanceof java.nio.file.NoSuchFileException n) return "no such file or folder: " + n.getFile();
        if (t instanceof java.nio.file.FileAlreadyExistsException f) return "already exists: " + f.getFile();
        if (t instanceof java.nio.file.NotDirectoryException d) return "not a folder: " + d.getFile();
        if (t instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason() + ": " + f.getFile();
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    /**
     * After a write failed: deletes the unfinished files ({@code *.part}) under an output folder and says so, in words
     * to append to the error (empty when there were none). Nothing reads them (a resumed experiment writes its
     * unfinished runs again), and when the disk is full they hold space the user has to free. Finished files stay.
     */
    static String removeUnfinished(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) return "";
        long freed = 0;
        int files = 0;
        try (var all = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) all.filter(f -> f.getFileName().toString().endsWith(
                    org.scosim.output.AtomicFiles.PART) && Files.isRegularFile(f))::iterator) {
                try {
                    long size = Files.size(f);
                    Files.delete(f);
                    freed += size;
                    files++;
                } catch (IOException | RuntimeException e) {
                    // left as it is: the next write replaces it
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be listed: nothing removed
        }
        if (files == 0) return "";
        return "; its " + files + " unfinished file" + (files == 1 ? "" : "s") + " (*"
                + org.scosim.output.AtomicFiles.PART + ", " + DryRun.bytes(freed) + ") " + (files == 1 ? "was" : "were")
                + " removed";
    }
}
