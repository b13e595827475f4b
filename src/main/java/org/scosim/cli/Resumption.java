package org.scosim.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What {@code --resume DIR} does in every experiment command: the options that define the experiment are read back
 * from DIR's manifest, checked against the ones given again (when the original command is repeated with --resume)
 * and taken over. Each command lists those options once, so what is compared and what is restored cannot drift apart.
 *
 * @param <C> the command
 */
final class Resumption<C extends ExperimentCommand> {

    /** One option that defines the experiment: its name, the value compared, whether it was given, how it is copied. */
    record Stored<C>(String name, Function<C, ?> compared, Predicate<C> given, BiConsumer<C, C> copy) {
    }

    /** An option compared as it is. */
    static <C, T> Stored<C> option(String name, Function<C, T> get, BiConsumer<C, T> set) {
        return option(name, get, set, v -> v);
    }

    /** An option compared in a normal form ({@code "0.50"} and {@code "0.5"} agree), copied as written. */
    static <C, T> Stored<C> option(String name, Function<C, T> get, BiConsumer<C, T> set, Function<T, ?> normalForm) {
        return new Stored<>(name, c -> normalForm.apply(get.apply(c)), c -> given(get.apply(c)),
                (here, then) -> set.accept(here, get.apply(then)));
    }

    /** Not given: picocli leaves an option null, false or an empty list. */
    private static boolean given(Object v) {
        return v != null && !Boolean.FALSE.equals(v) && !(v instanceof Collection<?> c && c.isEmpty());
    }

    private final String filesName;
    private final Function<C, List<Path>> files;
    private final BiConsumer<C, List<Path>> setFiles;
    private final Function<C, RunTablesOptions> tables;
    private final List<Stored<C>> options;

    /**
     * @param filesName the scenario files' name in messages ("scenario file", "scenario files")
     * @param files     the command's scenario files (empty when none was given)
     * @param setFiles  sets them
     * @param tables    the command's --tables and --format
     * @param options   the other options that define the experiment, in the order their differences are listed
     */
    Resumption(String filesName, Function<C, List<Path>> files, BiConsumer<C, List<Path>> setFiles,
               Function<C, RunTablesOptions> tables, List<Stored<C>> options) {
        this.filesName = filesName;
        this.files = files;
        this.setFiles = setFiles;
        this.tables = tables;
        this.options = List.copyOf(options);
    }

    /** For a command of one scenario file ({@code null} when none was given). */
    static <C extends ExperimentCommand> Resumption<C> ofOneFile(Function<C, Path> file, BiConsumer<C, Path> setFile,
                                                                Function<C, RunTablesOptions> tables,
                                                                List<Stored<C>> options) {
        return new Resumption<>("scenario file", c -> file.apply(c) == null ? List.of() : List.of(file.apply(c)),
                (c, f) -> setFile.accept(c, f.isEmpty() ? null : f.get(0)), tables, options);
    }

    /** The command's scenario files (empty when none was given). */
    List<Path> files(C c) {
        return files.apply(c);
    }

    /** The command's --tables and --format. */
    RunTablesOptions tables(C c) {
        return tables.apply(c);
    }

    /**
     * Gives {@code here} the options of the experiment stored in {@code dir}, parsed into {@code fresh}. If any
     * defining option was given here, every one must agree with the stored one; --out, if given, must be dir. The
     * caller then sets its --out to dir.
     */
    void restore(C here, C fresh, Path dir, JsonNode manifest) throws ExperimentCommand.UsageError {
        C original = ExperimentCommand.stored(dir, manifest, fresh);
        ExperimentCommand.Differences d = new ExperimentCommand.Differences();
        List<Path> givenFiles = files.apply(here);
        if (!givenFiles.isEmpty() || tables.apply(here).given() || options.stream().anyMatch(o -> o.given().test(here))) {
            // The original command repeated with --resume: it must be the same experiment.
            d.files(filesName, givenFiles, files.apply(original), manifest);
            for (Stored<C> o : options) d.option(o.name(), o.compared().apply(here), o.compared().apply(original));
            tables.apply(here).compare(d, tables.apply(original));
        }
        d.out(here.outDir(), dir);
        d.check(dir);
        List<Path> located = new ArrayList<>();
        for (Path f : files.apply(original)) located.add(ExperimentCommand.locate(f, manifest));
        setFiles.accept(here, located);
        for (Stored<C> o : options) o.copy().accept(here, original);
        tables.apply(here).restore(tables.apply(original));
    }
}
