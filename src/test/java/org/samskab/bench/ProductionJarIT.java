package org.samskab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** The benchmark harness, its seeding included, stays on the test side: nothing of it ships in the jar. */
class ProductionJarIT {

    @Test
    void theJarHoldsNoBenchmarkCode() throws Exception {
        try (JarFile jar = new JarFile(BenchmarkSmokeIT.JAR.toFile())) {
            List<String> entries = Collections.list(jar.entries()).stream().filter(entry -> !entry.isDirectory())
                    .map(ZipEntry::getName).toList();
            assertThat(entries).contains("BOOT-INF/classes/org/samskab/Application.class");
            assertThat(entries).as("benchmark code in the production jar")
                    .filteredOn(name -> name.startsWith("BOOT-INF/classes/org/samskab/bench/")).isEmpty();
        }
    }
}
