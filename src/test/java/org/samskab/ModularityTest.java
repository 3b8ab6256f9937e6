package org.samskab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith's module rules: every top-level package under {@code org.samskab} is a module, other modules may
 * use only the types in its root package (sub-packages such as {@code ui} are its own), and modules form no cycle.
 * The module diagrams committed in {@code docs/modules/} must match the code.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    static final Path COMMITTED = Path.of("docs/modules");
    static final Path GENERATED = Path.of("target/modules");

    @Test
    void modulesUseOnlyEachOthersPublicTypesAndFormNoCycle() {
        MODULES.verify();
    }

    /**
     * Written into {@code target/} and compared, so a test run never changes the working tree; a stale diagram
     * (a module or dependency added or gone) fails here with the command that refreshes it.
     */
    @Test
    void committedModuleDiagramsMatchTheCode() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        String refresh = "docs/modules is out of date; refresh it with: rm -f docs/modules/*.puml && cp "
                + GENERATED + "/*.puml docs/modules/";
        assertThat(pumlFileNames(COMMITTED)).as(refresh).isEqualTo(pumlFileNames(GENERATED));
        for (String name : pumlFileNames(GENERATED)) {
            assertThat(sortedLines(COMMITTED.resolve(name))).as(refresh + " (" + name + ")")
                    .isEqualTo(sortedLines(GENERATED.resolve(name)));
        }
    }

    /** The order of modules and arrows follows class scanning, which may differ between machines; the set may not. */
    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }

    private static List<String> pumlFileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".puml")).sorted()
                    .toList();
        }
    }
}
