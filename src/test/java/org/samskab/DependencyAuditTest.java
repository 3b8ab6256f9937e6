package org.samskab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.versioning.DefaultArtifactVersion;
import org.apache.maven.artifact.versioning.InvalidVersionSpecificationException;
import org.apache.maven.artifact.versioning.VersionRange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dependency audit that CI can run (docs/security.md): no vulnerability feed is reachable from its machine, so
 * the jar's bill of materials (CycloneDX, written by the build into {@code META-INF/sbom}) is held against a
 * hand-kept list of well-known critical advisories, {@code docs/security/critical-advisories.tsv}. It catches a
 * downgrade or an old pin coming back; the audit against the NVD itself is {@code ./mvnw -Paudit}.
 */
class DependencyAuditTest {

    static final Path SBOM = Path.of("target", "classes", "META-INF", "sbom", "application.cdx.json");
    static final Path ADVISORIES = Path.of("docs", "security", "critical-advisories.tsv");

    record Component(String coordinates, String version) {
    }

    record Advisory(String id, String coordinates, VersionRange affected, String what) {

        boolean affects(Component component) {
            return coordinates.equals(component.coordinates())
                    && affected.containsVersion(new DefaultArtifactVersion(component.version()));
        }
    }

    @Test
    void theJarShipsNoVersionOfAListedCriticalAdvisory() throws IOException {
        List<Component> shipped = shipped();
        List<Advisory> advisories = advisories();
        List<String> found = new ArrayList<>();
        for (Component component : shipped) {
            for (Advisory advisory : advisories) {
                if (advisory.affects(component)) {
                    found.add(advisory.id() + " in " + component + ": " + advisory.what());
                }
            }
        }
        System.out.printf("Dependency audit: %d libraries the jar ships against %d critical advisories%n",
                shipped.size(), advisories.size());
        assertThat(found).as("critical advisories in what the jar ships").isEmpty();
    }

    /** The list is read as it is meant: a range that misses the affected version it names would pass anything. */
    @Test
    void theListsRangesCatchTheVersionsTheyName() throws IOException {
        List<Advisory> advisories = advisories();
        assertThat(advisories).hasSizeGreaterThanOrEqualTo(10);
        Advisory log4shell = advisories.stream().filter(a -> a.id().equals("CVE-2021-44228")).findFirst()
                .orElseThrow();
        assertThat(log4shell.affects(new Component("org.apache.logging.log4j:log4j-core", "2.14.1"))).isTrue();
        assertThat(log4shell.affects(new Component("org.apache.logging.log4j:log4j-core", "2.15.0"))).isFalse();
        Advisory partialPut = advisories.stream().filter(a -> a.id().equals("CVE-2025-24813")).findFirst()
                .orElseThrow();
        assertThat(partialPut.affects(new Component("org.apache.tomcat.embed:tomcat-embed-core", "11.0.2")))
                .isTrue();
        assertThat(partialPut.affects(new Component("org.apache.tomcat.embed:tomcat-embed-core", "11.0.24")))
                .isFalse();
    }

    /** The bill of materials covers what the jar ships: its runtime libraries, and no test library. */
    @Test
    void theBillOfMaterialsListsTheRuntimeLibrariesOnly() throws IOException {
        List<String> coordinates = shipped().stream().map(Component::coordinates).toList();
        assertThat(coordinates).hasSizeGreaterThan(100).contains("org.springframework:spring-core",
                "com.vaadin:flow-server", "com.hazelcast:hazelcast", "org.mariadb.jdbc:mariadb-java-client",
                "com.h2database:h2", "org.apache.tomcat.embed:tomcat-embed-core")
                .doesNotContain("org.junit.jupiter:junit-jupiter-api",
                        "com.github.mvysny.kaributesting:karibu-testing-v10-spring",
                        "org.seleniumhq.selenium:selenium-java");
    }

    private static List<Component> shipped() throws IOException {
        assertThat(SBOM).as("the build writes the bill of materials (cyclonedx-maven-plugin, which skips in Maven's"
                + " offline mode: build without -o once)").exists();
        JsonNode bom = JsonMapper.builder().build().readTree(Files.readString(SBOM));
        List<Component> components = new ArrayList<>();
        for (JsonNode component : bom.path("components")) {
            components.add(new Component(component.path("group").asString() + ":" + component.path("name")
                    .asString(), component.path("version").asString()));
        }
        return components;
    }

    private static List<Advisory> advisories() throws IOException {
        List<Advisory> advisories = new ArrayList<>();
        for (String line : Files.readAllLines(ADVISORIES)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            try {
                advisories.add(new Advisory(columns[0], columns[1], VersionRange.createFromVersionSpec(columns[2]),
                        columns[3]));
            } catch (InvalidVersionSpecificationException e) {
                throw new IllegalStateException("Bad range in " + ADVISORIES + ": " + line, e);
            }
        }
        return advisories;
    }
}
