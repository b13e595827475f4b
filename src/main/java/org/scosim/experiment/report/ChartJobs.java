package org.scosim.experiment.report;

import org.jfree.chart.JFreeChart;
import org.scosim.output.plot.ChartFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * An experiment's plots, drawn side by side: each chart is independent, and drawing one at the three sizes it is
 * written in (PNG, SVG, the report's inline SVG) takes a few hundred milliseconds when it has thousands of points.
 * The results come back in the order the charts were added, so the files and the report are the same bytes whatever
 * the number of threads.
 */
final class ChartJobs {
    private final List<String> stems = new ArrayList<>();
    private final List<Callable<String>> jobs = new ArrayList<>();
    private final Path dir;
    private final int reportWidth;
    private final int reportHeight;

    /** Charts to write into {@code dir}, and to give back drawn at the report's size. */
    ChartJobs(Path dir, int reportWidth, int reportHeight) {
        this.dir = dir;
        this.reportWidth = reportWidth;
        this.reportHeight = reportHeight;
    }

    /** A chart, made when it is drawn (on a worker), written as {@code stem}.png and .svg. */
    void add(String stem, Callable<JFreeChart> chart) {
        stems.add(stem);
        jobs.add(() -> {
            JFreeChart c = chart.call();
            ChartFiles.write(c, dir, stem);
            return ChartFiles.svgElement(c, reportWidth, reportHeight, "fig-" + stem);
        });
    }

    /** Draws every chart on {@code threads} threads; returns stem -> inline SVG, in the order they were added. */
    Map<String, String> drawAll(int threads) throws IOException, InterruptedException {
        Map<String, String> svg = new LinkedHashMap<>();
        if (jobs.isEmpty()) return svg;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, jobs.size())), r -> {
            Thread t = new Thread(r, "plot");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<String>> done = pool.invokeAll(jobs);
            for (int i = 0; i < done.size(); i++) {
                try {
                    svg.put(stems.get(i), done.get(i).get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) throw io;
                    if (e.getCause() instanceof RuntimeException re) throw re;
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return svg;
    }
}
