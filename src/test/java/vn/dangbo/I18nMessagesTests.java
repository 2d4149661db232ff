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

    /** A key written twice shows the later text everywhere: a "Hủy" link once read "Hủy cuộc họp". */
    @Test
    void noKeyIsWrittenTwiceInABundle() throws IOException {
        for (String bundle : new String[]{"messages.properties", "messages_en.properties"}) {
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
                    seen.merge(trimmed.substring(0, trimmed.indexOf('=')).strip(), 1, Integer::sum);
                }
            }
            assertThat(seen.entrySet().stream().filter(e -> e.getValue() > 1).map(java.util.Map.Entry::getKey))
                    .as(bundle).isEmpty();
        }
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
