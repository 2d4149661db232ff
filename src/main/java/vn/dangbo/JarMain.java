package vn.dangbo;

import vn.dangbo.congress.Recount;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;

/**
 * The packaged jar's Main-Class (see pom.xml). {@code recount} runs straight from the jar's root,
 * where the build copies it with the plain-Java engine and ballot log: a recount then loads about
 * a hundred classes instead of Spring Boot's launcher opening every nested library first (about
 * half a second). Every other command, and no command, goes to Spring Boot's launcher as before.
 * Nothing here may touch a library: in a recount, only the jar's root is on the class path.
 */
public final class JarMain {

    /** The Main-Class Spring Boot's repackaging wrote before the build replaced it with this one. */
    static final String SPRING_BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    private JarMain() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length > 0 && args[0].equals("recount")) {
            Recount.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        try {
            Class.forName(SPRING_BOOT_LAUNCHER).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
