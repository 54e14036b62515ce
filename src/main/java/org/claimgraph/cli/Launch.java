package org.claimgraph.cli;

import java.nio.file.Files;

/**
 * The entry of {@code claimgraph.jar}: a jar of a few classes that names the full program,
 * {@code claimgraph-all.jar}, beside it, so a command run in a second JVM (see {@link Relaunch}) costs the
 * first one almost nothing. Every other command runs here, in {@link Main}.
 */
public final class Launch {

    private Launch() {}

    public static void main(String[] args) {
        var launcher = Relaunch.ownJar();
        if (launcher != null && !Files.isRegularFile(launcher.resolveSibling(Relaunch.FULL_JAR))) {
            System.err.println("error: " + launcher.getFileName() + " runs the program in " + Relaunch.FULL_JAR + ", which is not beside it in "
                    + launcher.toAbsolutePath().getParent() + "; keep the two together (build them with mvn package)");
            System.exit(1);
        }
        int code = Relaunch.run(args, launcher);
        if (code >= 0) System.exit(code);
        Main.main(args);
    }
}
