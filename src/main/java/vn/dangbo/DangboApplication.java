package vn.dangbo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.modulith.Modulithic;
import vn.dangbo.congress.Recount;

import java.util.Arrays;
import java.util.Set;

/**
 * One jar that serves, and that answers a few commands (create-admin, demo-data) when the first
 * argument names one: then it starts without a web server and exits when the command is done.
 * {@code recount} needs no database: it runs before any Spring context starts.
 */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
public class DangboApplication {

    static final Set<String> COMMANDS = Set.of("create-admin", "demo-data", "demo-ratings");

    public static void main(String[] args) {
        if (args.length > 0 && "recount".equals(args[0])) {
            Recount.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication app = new SpringApplication(DangboApplication.class);
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("command");
            System.exit(SpringApplication.exit(app.run(args)));
        }
        app.run(args);
    }
}
