package org.scosim.scenario;

/** A state's standing changes in a given year (an accession, an observer admitted), as the scenario prescribes. */
public record StatusEvent(int year, String state, Status status) implements java.io.Serializable {
}
