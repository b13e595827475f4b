package org.scosim.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small valid scenario for tests (of any package), as text that cases edit by string replacement. */
public final class TinyScenario {
    static final String STATE_B = """
              BBB:
                name: Beta
                capital: {lat: 45.0, lon: 75.0}
                status: member
                gdp: {2000: 5.0}
                energyExporter: true
                securityWeight: 0.4
                sovereigntySensitivity: 0.6
                threeEvilsExposure: 0.3
            """;

    public static final String TEXT = """
            name: tiny
            period: {start: 2000, end: 2010}
            rule: {type: opt-out, minParticipants: 2}
            states:
              AAA:
                name: Alpha
                capital: {lat: 40.0, lon: 70.0}
                status: member
                gdp: {2000: 10.0, 2010: 20.0}
                population: {2000: 1000000}
                securityWeight: 0.5
                sovereigntySensitivity: 0.5
                threeEvilsExposure: 0.5
            """ + STATE_B + """
            tradeAnchors:
              - {reporter: AAA, partner: BBB, year: 2000, tradeBnUsd: 1.5}
            trust:
              initial: 0.3
              pairs:
                - {a: [AAA], b: [BBB], value: 0.4}
            borders:
              - {a: AAA, b: BBB, status: negotiating}
            events:
              - {year: 2005, state: BBB, status: observer}
            agenda:
              - {year: 2001, id: pact, title: "A pact", domain: security, proposer: AAA, ambition: 40}
            shocks:
              - name: crash
                kind: gdp
                targets: [all]
                start: 2003
                duration: 1
                magnitude: -0.1
                recovery: 0.5
            parameters:
              paperAfterYears: 4
            """;

    private TinyScenario() {
    }

    public static Path write(Path dir, String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, text);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 1-based line of the first occurrence of {@code marker} in {@code text}. */
    static int lineOf(String text, String marker) {
        int at = text.indexOf(marker);
        if (at < 0) throw new IllegalArgumentException("marker not found: " + marker);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
