package org.scosim.gui;

/**
 * The map's projection: equirectangular, x = longitude - 20, y = 60 - latitude, in degrees, over longitude 20-125 E and
 * latitude 10-60 N. The countries drawn on it are Natural Earth's 1:110m boundaries ({@link CountryOutlines}).
 */
public final class MapGeometry {
    private MapGeometry() {
    }

    public static final double WEST = 20, EAST = 125, SOUTH = 10, NORTH = 60;
    public static final double WIDTH = EAST - WEST, HEIGHT = NORTH - SOUTH;

    public static double x(double lon) { return Math.max(0.5, Math.min(WIDTH - 0.5, lon - WEST)); }

    public static double y(double lat) { return Math.max(0.5, Math.min(HEIGHT - 0.5, NORTH - lat)); }
}
