package org.scosim.scenario;

/** Great-circle distance between capitals (haversine, mean Earth radius 6371 km). */
public final class Geo {
    /** Mean Earth radius, km (IUGG). */
    public static final double EARTH_RADIUS_KM = 6371.0;

    private Geo() {
    }

    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
