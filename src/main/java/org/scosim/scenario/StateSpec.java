package org.scosim.scenario;

import java.util.List;

/**
 * One state as the scenario describes it.
 *
 * @param iso3                  ISO 3166 alpha-3 code, the state's identifier everywhere
 * @param name                  display name
 * @param latitude              capital, degrees north
 * @param longitude             capital, degrees east
 * @param status                standing at the start year
 * @param gdp                   GDP, current US$ billions, at anchor years
 * @param population            population at anchor years
 * @param milexPctGdp           military expenditure, % of GDP, at anchor years
 * @param energyExporter        net energy exporter
 * @param securityWeight        weight on security against economic cooperation, 0..1
 * @param sovereigntySensitivity reluctance to cede authority to common institutions, 0..1
 * @param threeEvilsExposure    exposure to terrorism, separatism and extremism, 0..1
 * @param rivalInstitutions     memberships of institutions that compete with the organization (CSTO, EurAsEC, EAEU):
 *                              the state's outside options in their domains
 */
public record StateSpec(String iso3, String name, double latitude, double longitude, Status status,
                        Series gdp, Series population, Series milexPctGdp, boolean energyExporter,
                        double securityWeight, double sovereigntySensitivity, double threeEvilsExposure,
                        List<RivalTie> rivalInstitutions) implements java.io.Serializable {
    public StateSpec {
        rivalInstitutions = List.copyOf(rivalInstitutions);
    }

    /**
     * Membership of a competing institution over [from, to] (to inclusive; 9999 when still a member), an outside
     * option in the listed domains (the CSTO in security, the EurAsEC and the EAEU in the economy).
     */
    public record RivalTie(String institution, int from, int to, List<Domain> domains) implements java.io.Serializable {
        /** Domains of a tie whose scenario names none: security and economy, the fields of Gao Fei 2010's rivals. */
        public static final List<Domain> DEFAULT_DOMAINS = List.of(Domain.SECURITY, Domain.ECONOMY);

        public RivalTie {
            domains = List.copyOf(domains);
        }

        public RivalTie(String institution, int from, int to) {
            this(institution, from, to, DEFAULT_DOMAINS);
        }

        public boolean activeIn(int year) { return year >= from && year <= to; }
    }

    /** Ties active in the year, whatever their domain. */
    public int rivalTies(int year) {
        int n = 0;
        for (RivalTie t : rivalInstitutions) if (t.activeIn(year)) n++;
        return n;
    }

    /** Ties active in the year that offer an outside option in the domain. */
    public int rivalTies(int year, Domain d) {
        int n = 0;
        for (RivalTie t : rivalInstitutions) if (t.activeIn(year) && t.domains().contains(d)) n++;
        return n;
    }
}
