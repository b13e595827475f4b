package org.scosim.gui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Country outlines under the map: Natural Earth 1:110m admin-0 boundaries (public domain), shipped as
 * {@code natural-earth-110m-admin0.txt} beside this class with its source in the file's header.
 */
final class CountryOutlines {
    static final String RESOURCE = "natural-earth-110m-admin0.txt";

    /** One ring of a country: its ISO3 code where the scenarios use the state (else "-"), and lon, lat pairs. */
    record Ring(String iso3, String name, boolean hole, double[] lonLat) {
    }

    private static List<Ring> rings;

    private CountryOutlines() {
    }

    /** The rings, read once from the jar. */
    static synchronized List<Ring> rings() {
        if (rings == null) {
            try (InputStream in = CountryOutlines.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
                rings = parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rings;
    }

    static List<Ring> parse(BufferedReader r) throws IOException {
        List<Ring> out = new ArrayList<>();
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\\|", -1);
            if (f.length != 5) throw new IllegalStateException(RESOURCE + ":" + no + ": expected 5 fields separated by |");
            String[] xy = f[4].trim().split(" ");
            if (xy.length < 6 || xy.length % 2 != 0) throw new IllegalStateException(RESOURCE + ":" + no + ": expected lon lat pairs");
            double[] p = new double[xy.length];
            for (int k = 0; k < xy.length; k++) p[k] = Double.parseDouble(xy[k]);
            out.add(new Ring(f[1], f[2], f[3].equals("hole"), p));
        }
        return List.copyOf(out);
    }
}
