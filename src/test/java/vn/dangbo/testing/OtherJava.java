package vn.dangbo.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Java runtime of another version than the one running the tests, for what users run the jar with.
 * Named by the system property {@code dangbo.test.javaN} or the environment variable
 * {@code DANGBO_TEST_JAVAN} (a Java home), else looked for beside this runtime's own home, where
 * package managers install their JDKs side by side. No machine path is written here.
 */
public final class OtherJava {

    private static final Pattern VERSION = Pattern.compile("version \"(\\d+)");

    private OtherJava() {
    }

    /** The {@code java} launcher of a Java {@code feature} runtime, or empty with {@link #why} saying why. */
    public static Optional<Path> find(int feature) {
        String named = System.getProperty(property(feature), System.getenv(environment(feature)));
        if (named != null && !named.isBlank()) {
            Path java = launcher(Path.of(named));
            // Named on purpose: a wrong one is a mistake to report, not a reason to skip.
            if (featureOf(java) != feature) {
                throw new IllegalStateException(property(feature) + "=" + named + " is not a Java " + feature + " home");
            }
            return Optional.of(java);
        }
        for (Path home : besideThisJava()) {
            Path java = launcher(home);
            if (featureOf(java) == feature) {
                return Optional.of(java);
            }
        }
        return Optional.empty();
    }

    /** For an assumption's message when {@link #find} found nothing. */
    public static String why(int feature) {
        return "no Java " + feature + " found: set -D" + property(feature) + " or " + environment(feature)
                + " to a Java " + feature + " home, or install one beside " + System.getProperty("java.home");
    }

    private static String property(int feature) {
        return "dangbo.test.java" + feature;
    }

    private static String environment(int feature) {
        return "DANGBO_TEST_JAVA" + feature;
    }

    private static Path launcher(Path home) {
        return home.resolve("bin").resolve("java");
    }

    /** The sibling folders of this runtime's home, each once (distributions link one another). */
    private static List<Path> besideThisJava() {
        Path parent = Path.of(System.getProperty("java.home")).toAbsolutePath().getParent();
        Set<Path> homes = new LinkedHashSet<>();
        if (parent == null) {
            return List.of();
        }
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path sibling : siblings.sorted().toList()) {
                if (Files.isExecutable(launcher(sibling))) {
                    homes.add(sibling.toRealPath());
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return new ArrayList<>(homes);
    }

    /** The feature release {@code java -version} reports, or -1 when it cannot be run. */
    private static int featureOf(Path java) {
        if (!Files.isExecutable(java)) {
            return -1;
        }
        try {
            Process process = new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
            String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            Matcher version = VERSION.matcher(said);
            return version.find() ? Integer.parseInt(version.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
