package vn.dangbo;

import vn.dangbo.congress.Recount;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The packaged jar's Main-Class (see pom.xml). {@code recount} runs straight from the jar's root,
 * where the build copies it with the plain-Java engine and ballot log: a recount then loads about
 * a hundred classes instead of Spring Boot's launcher opening every nested library first (about
 * half a second). Every other command, and no command, goes to Spring Boot's launcher as before.
 * Nothing here may touch a library: in a recount, only the jar's root is on the class path.
 * This class and recount's are compiled for Java 17 (pom.xml), so that anyone can recount with the
 * Java they have; the application needs {@link #APPLICATION_JAVA}, and says so instead of a stack trace.
 */
public final class JarMain {

    /** The Main-Class Spring Boot's repackaging wrote before the build replaced it with this one. */
    static final String SPRING_BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    /** The Java the application is compiled for: maven.compiler.release in pom.xml. */
    static final int APPLICATION_JAVA = 21;

    /** The Java recount is compiled for: the recount-java17 execution in pom.xml. */
    static final int RECOUNT_JAVA = 17;

    private JarMain() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length > 0 && args[0].equals("recount")) {
            Recount.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int running = Runtime.version().feature();
        if (running < APPLICATION_JAVA) {
            // Not System.err: its encoding follows the locale and would turn Vietnamese into '?'.
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            err.println(javaTooOld(running));
            System.exit(1);
        }
        try {
            Class.forName(SPRING_BOOT_LAUNCHER).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Vietnamese first, then English: no resource bundle is reachable from the jar's root. */
    static String javaTooOld(int running) {
        return "dangbo cần Java " + APPLICATION_JAVA + " trở lên để chạy ứng dụng (máy này đang chạy Java " + running
                + "). Lệnh recount chạy được với Java " + RECOUNT_JAVA + ".\n"
                + "dangbo needs Java " + APPLICATION_JAVA + " or later to run the application (this machine runs Java "
                + running + "). The recount command runs on Java " + RECOUNT_JAVA + ".";
    }
}
