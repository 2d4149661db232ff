package vn.dangbo.shared;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockPropertySource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirectoryTests {

    @Test
    void aRelativeDataDirectoryBecomesAbsoluteSoThatH2AcceptsIt() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MockPropertySource().withProperty("dangbo.data-dir", "du-lieu/../data"));

        new DataDirectory().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("dangbo.data-dir")).isEqualTo(Path.of("data").toAbsolutePath().toString());
    }
}
