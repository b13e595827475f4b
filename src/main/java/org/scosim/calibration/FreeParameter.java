package org.scosim.calibration;

/** A parameter the calibration estimates, within bounds. */
public record FreeParameter(String name, double min, double max) {
    public double clamp(double v) { return Math.max(min, Math.min(max, v)); }

    public double toUnit(double v) { return (v - min) / (max - min); }

    public double fromUnit(double u) { return clamp(min + u * (max - min)); }
}
