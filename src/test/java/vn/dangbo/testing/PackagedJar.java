package vn.dangbo.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The jar the build packaged (target/dangbo.jar), run the way a user runs it: {@code java -jar}.
 * Failsafe runs after {@code package}, so the jar is there for the integration tests.
 */
public final class PackagedJar {

    public static final Path JAR = Path.of("target", "dangbo.jar");

    private PackagedJar() {
    }

    /** The {@code java} running the tests. */
    public static final Path THIS_JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    /** {@code java -jar target/dangbo.jar ARGS}, started with the given environment added. */
    public static ProcessBuilder command(Map<String, String> environment, String... args) {
        return command(THIS_JAVA, environment, args);
    }

    /** {@code JAVA -jar target/dangbo.jar ARGS}, with another Java (see {@link OtherJava}). */
    public static ProcessBuilder command(Path java, Map<String, String> environment, String... args) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the integration tests with mvn verify");
        }
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        return builder;
    }

    public record Outcome(int status, String out, String err) {
    }

    /** Runs the jar to its end (at most two minutes), standard output and error kept apart. */
    public static Outcome run(String... args) throws IOException, InterruptedException {
        return run(THIS_JAVA, args);
    }

    /** As {@link #run(String...)}, with the given {@code java}. */
    public static Outcome run(Path java, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("dangbo-jar", ".out");
        Path err = Files.createTempFile("dangbo-jar", ".err");
        try {
            Process process = command(java, Map.of(), args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("java -jar " + String.join(" ", args) + " did not end within two minutes");
            }
            return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
