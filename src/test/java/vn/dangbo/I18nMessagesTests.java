package vn.dangbo;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class I18nMessagesTests {

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(I18nMessagesTests.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        Properties vi = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
    }

    @Test
    void everyMessageKeyATemplateUsesExists() throws IOException {
        Properties vi = load("messages.properties");
        Pattern key = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            files.filter(p -> p.toString().endsWith(".html")).forEach(file -> {
                try {
                    var matcher = key.matcher(Files.readString(file));
                    while (matcher.find()) {
                        assertThat(vi).as(file + " uses #{" + matcher.group(1) + "}").containsKey(matcher.group(1));
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
