package vn.dangbo.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.dangbo.DangboApplication;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The create-admin command as production runs it: no web server, no demo data, password on stdin. */
class CreateAdminCommandIntegrationTests {

    @Test
    void createsAnAdministratorWithTheTypedPasswordHashed() {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("mot-mat-khau-dai\n".getBytes(StandardCharsets.UTF_8)));
        try (ConfigurableApplicationContext context = command("create-admin", "quantri.moi")) {
            AccountManagement accounts = context.getBean(AccountManagement.class);
            assertThat(accounts.count()).isOne();
            String hash = accounts.passwordHashOf("quantri.moi");
            assertThat(context.getBean(PasswordEncoder.class).matches("mot-mat-khau-dai", hash)).isTrue();
            assertThat(hash).doesNotContain("mot-mat-khau-dai");
            // exit() closes the context: ask for the code last
            assertThat(SpringApplication.exit(context)).isZero();
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void refusesAShortPasswordWithANonZeroExit() {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("ngan\n".getBytes(StandardCharsets.UTF_8)));
        try (ConfigurableApplicationContext context = command("create-admin", "quantri.ngan")) {
            assertThat(context.getBean(AccountManagement.class).exists("quantri.ngan")).isFalse();
            assertThat(SpringApplication.exit(context)).isEqualTo(1);
        } finally {
            System.setIn(stdin);
        }
    }

    private static ConfigurableApplicationContext command(String... args) {
        return new SpringApplicationBuilder(DangboApplication.class).web(WebApplicationType.NONE)
                .profiles("command").properties("dangbo.demo.enabled=false").run(args);
    }
}
