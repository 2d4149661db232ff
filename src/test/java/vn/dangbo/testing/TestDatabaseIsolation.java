package vn.dangbo.testing;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;
import java.util.UUID;

/**
 * Gives every test application context a database of its own, fixed once per context: an
 * in-memory H2 database, or a fresh schema in CI's PostgreSQL database. (A {@code ${random.*}}
 * placeholder would draw a new value each time a property is read.)
 */
public class TestDatabaseIsolation implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        environment.getPropertySources().addLast(new MapPropertySource("testDatabaseIsolation",
                Map.of("dangbo.test.database", name)));
    }

    @Override
    public int getOrder() {
        // before DataDirectory, which resolves the data directory that names this database
        return 0;
    }
}
