package org.scosim.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How scosim behaves as the driver of a YARN application in cluster mode, where {@code main} returns after a
 * success (scripts/spark-yarn.sh runs it on a YARN cluster): how a driver knows it is one, which attempt it is, and
 * when main exits.
 */
class MainExitTest {
    @ParameterizedTest(name = "master {0}, mode {1}: YARN cluster driver {2}")
    @CsvSource(nullValues = "none", value = {
            "none, none, false",                  // the shell
            "local[2], client, false",            // spark-submit in local mode
            "spark://head:7077, cluster, false",  // standalone cluster mode: its driver wrapper needs no exit
            "yarn, client, false",                // YARN client mode: the driver is spark-submit's JVM
            "yarn, cluster, true",
            "yarn-cluster, cluster, true",
            "yarn, none, false",
            "none, cluster, false"})
    void aYarnClusterDriverIsKnownByItsMasterAndMode(String master, String mode, boolean yarnCluster) {
        assertEquals(yarnCluster, SparkDriver.yarnCluster(master, mode));
    }

    @ParameterizedTest(name = "master {0}, mode {1}, supervise {2}: supervised {3}")
    @CsvSource(nullValues = "none", value = {
            "spark://head:7077, cluster, true, true",
            "spark://head:7077, cluster, false, false",
            "spark://head:7077, cluster, none, false",
            "spark://head:7077, client, true, false",   // --supervise is for cluster mode
            "yarn, cluster, true, false",
            "local[2], client, true, false",
            "none, none, none, false"})
    void aSupervisedStandaloneDriverIsKnownByItsConfiguration(String master, String mode, String supervise,
                                                              boolean supervised) {
        assertEquals(supervised, SparkDriver.supervised(master, mode, supervise));
    }

    @ParameterizedTest(name = "{0}: attempt {1}")
    @CsvSource(nullValues = "none", value = {
            "container_1796640915855_0004_01_000001, 1",
            "container_1796640915855_0004_02_000001, 2",
            "container_e17_1410901177871_0001_03_000005, 3",   // with the ResourceManager's epoch
            "container_1796640915855_0004_12_000001, 12",
            "none, 0",
            "'', 0",
            "application_1796640915855_0004, 0",
            "container_1796640915855_0004_000001, 0",          // a part missing
            "container_1796640915855_0004_0x_000001, 0",
            "container_e17_1410901177871_0001_03, 0",
            "container__0004_02_000001, 0"})
    void theAttemptComesFromTheContainerId(String containerId, int attempt) {
        assertEquals(attempt, SparkDriver.attempt(containerId));
    }

    @ParameterizedTest(name = "status {0}, YARN cluster driver {1}: exits {2}")
    @CsvSource({"0, false, true", "2, false, true", "0, true, false", "1, true, true", "2, true, true", "130, true, true"})
    void exitsUnlessAYarnClusterDriverSucceeded(int status, boolean yarnCluster, boolean exits) {
        assertEquals(exits, Main.exits(status, yarnCluster));
    }
}
