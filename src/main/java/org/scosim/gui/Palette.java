package org.scosim.gui;

import org.scosim.scenario.Status;

import java.awt.Color;

/** Colours and sizes of the map, chosen to read on a projector (strong hues, colour-blind-safe status colours). */
final class Palette {
    private Palette() {
    }

    static final Color LAND = new Color(0xF2, 0xEC, 0xDC);
    static final Color WATER = new Color(0xCF, 0xE3, 0xF2);
    static final Color COAST = new Color(0xA8, 0xB8, 0xC8);
    static final Color TEXT = new Color(0x20, 0x20, 0x20);

    static Color status(Status s) {
        return switch (s) {
            case MEMBER -> new Color(0x00, 0x5A, 0xB5);          // blue
            case OBSERVER -> new Color(0xE6, 0x9F, 0x00);        // orange
            case DIALOGUE_PARTNER -> new Color(0x00, 0x9E, 0x73); // bluish green
            case OTHER -> new Color(0x9A, 0x9A, 0x9A);           // grey
        };
    }

    /** A state's territory on the map: its status colour, faint over the land colour, so discs and edges stay on top. */
    static Color territory(Status s) {
        Color c = status(s);
        double a = s == Status.OTHER ? 0 : 0.3;
        return new Color(mix(LAND.getRed(), c.getRed(), a), mix(LAND.getGreen(), c.getGreen(), a), mix(LAND.getBlue(), c.getBlue(), a));
    }

    static String statusLabel(Status s) {
        return switch (s) {
            case MEMBER -> "member";
            case OBSERVER -> "observer";
            case DIALOGUE_PARTNER -> "dialogue partner";
            case OTHER -> "other";
        };
    }

    /** Trust colour: red (low) through amber to green (high); the scale spans trust 0.2-0.8. */
    static final double TRUST_LOW = 0.2, TRUST_HIGH = 0.8;

    static Color trust(double t, int alpha) {
        double u = Math.max(0, Math.min(1, (t - TRUST_LOW) / (TRUST_HIGH - TRUST_LOW)));
        int r, g, b;
        if (u < 0.5) {
            double v = u / 0.5;
            r = mix(0xD7, 0xF0, v); g = mix(0x30, 0xA0, v); b = mix(0x27, 0x20, v);
        } else {
            double v = (u - 0.5) / 0.5;
            r = mix(0xF0, 0x1A, v); g = mix(0xA0, 0x98, v); b = mix(0x20, 0x50, v);
        }
        return new Color(r, g, b, alpha);
    }

    private static int mix(int a, int b, double v) { return (int) Math.round(a + (b - a) * v); }

    /** Node radius in pixels at the default zoom (8 pixels per degree): sqrt scale of GDP in US$ bn. */
    static double radius(double gdpBn) {
        double g = Double.isNaN(gdpBn) || gdpBn < 0 ? 0 : gdpBn;
        return Math.min(34, 5 + 0.27 * Math.sqrt(g));
    }

    /** Edge width in pixels at the default zoom: sqrt scale of trade in US$ bn. */
    static double width(double tradeBn) {
        return Math.min(10, 1 + 0.6 * Math.sqrt(Math.max(0, tradeBn)));
    }
}
