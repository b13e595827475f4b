package org.scosim.cli;

/**
 * What scosim needs to know when it runs as a driver in a cluster's cluster mode (YARN's application master, or a
 * standalone worker's supervised driver), from the system properties Spark sets for its drivers (the Spark
 * configuration) and the environment YARN gives a container.
 */
final class SparkDriver {
    private SparkDriver() {
    }

    /** Whether a driver with this Spark master and deploy mode runs inside a YARN application master. */
    static boolean yarnCluster(String master, String deployMode) {
        return master != null && master.startsWith("yarn") && "cluster".equals(deployMode);
    }

    /** This JVM's: the Spark configuration's master and deploy mode (null without Spark). */
    static boolean yarnCluster() {
        return yarnCluster(System.getProperty("spark.master"), System.getProperty("spark.submit.deployMode"));
    }

    /**
     * Whether a driver with this master, deploy mode and {@code spark.driver.supervise} runs under a standalone
     * worker that starts it again whenever it fails ({@code spark-submit --deploy-mode cluster --supervise}).
     */
    static boolean supervised(String master, String deployMode, String supervise) {
        return master != null && master.startsWith("spark://") && "cluster".equals(deployMode) && "true".equals(supervise);
    }

    /** This JVM's, from the Spark configuration. */
    static boolean supervised() {
        return supervised(System.getProperty("spark.master"), System.getProperty("spark.submit.deployMode"),
                System.getProperty("spark.driver.supervise"));
    }

    /**
     * The application attempt of a YARN container id, {@code container_[e<epoch>_]<cluster>_<app>_<attempt>_<n>}
     * (Hadoop's ContainerId format); 0 for anything else.
     */
    static int attempt(String containerId) {
        if (containerId == null || !containerId.startsWith("container_")) return 0;
        String[] parts = containerId.substring("container_".length()).split("_", -1);
        int first = parts.length > 0 && parts[0].startsWith("e") ? 1 : 0;
        if (parts.length != first + 4) return 0;
        for (int i = first; i < parts.length; i++) {
            if (parts[i].isEmpty() || !parts[i].chars().allMatch(Character::isDigit)) return 0;
        }
        try {
            return Integer.parseInt(parts[first + 2]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The attempt of the YARN application this JVM drives in cluster mode (1 for the first, 2 when YARN started
     * the driver again after the first one's container was lost), else 0.
     */
    static int attempt() {
        return yarnCluster() ? attempt(System.getenv("CONTAINER_ID")) : 0;
    }
}
