package uk.frontdoor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features are modules the build checks: each names the modules it may use in its package-info.java, none
 * reaches into another's internals and no two depend on each other. docs/modules is written from the same model.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    private static final Path DOCS = Path.of("docs", "modules");

    @Test
    void modulesUseOnlyWhatTheyAllowAndFormNoCycles() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
        try (Stream<Path> diagrams = Files.list(DOCS).filter(file -> file.toString().endsWith(".puml"))) {
            for (Path diagram : diagrams.toList()) {
                sortRelations(diagram);
            }
        }
    }

    /** The Documenter writes relations in no fixed order: sorted, a diagram changes only when its modules do. */
    private static void sortRelations(Path diagram) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(diagram));
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Rel(")) {
                places.add(i);
            }
        }
        List<String> relations = places.stream().map(lines::get).sorted().toList();
        for (int i = 0; i < places.size(); i++) {
            lines.set(places.get(i), relations.get(i));
        }
        Files.write(diagram, lines);
    }
}
