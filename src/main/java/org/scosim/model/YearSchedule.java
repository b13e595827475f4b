package org.scosim.model;

import sim.engine.Schedule;

/** MASON's schedule with time told as the simulated year, so every view of the clock (the console's counter) shows it. */
final class YearSchedule extends Schedule {
    private static final long serialVersionUID = 1L;
    private final int startYear;

    YearSchedule(int startYear) {
        this.startYear = startYear;
    }

    /**
     * The clock as the stepping thread sees it, without the lock {@link #getTime} takes for other threads (the
     * model asks for the year a few hundred times a replication, and that lock was 3% of it).
     */
    double timeOnSteppingThread() {
        return time;
    }

    /** Step k (time k - 1 after it ran) is the year startYear + k - 1. */
    @Override
    public String getTimestamp(double time, String beforeSimulation, String afterSimulation) {
        if (time < EPOCH) return beforeSimulation;
        if (time >= AFTER_SIMULATION) return afterSimulation;
        return "year " + (startYear + (long) time);
    }
}
