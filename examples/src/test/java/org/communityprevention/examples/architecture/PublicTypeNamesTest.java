package org.communityprevention.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One owner per concept: a vendor who imports {@code FacilityRoom} or {@code RiskTimeline} must not have to ask
 * "which one?". Reads the compiled classes of every module of the build (the reactor's {@code target/classes}
 * folders beside this module), so adapters that this module does not depend on are checked as well.
 */
@DisplayName("no public type's simple name appears in two modules")
class PublicTypeNamesTest {
  private static final String ROOT_PACKAGE = "org.communityprevention.";

  @Test
  @DisplayName("every public top-level type name belongs to one module")
  void uniqueAcrossModules() throws IOException {
    List<Path> classFolders = moduleClassFolders();
    Map<String, Set<String>> modulesByName = new TreeMap<>();
    JavaClasses classes = new ClassFileImporter().importPaths(classFolders);
    for (JavaClass c : classes) {
      if (!c.getModifiers().contains(JavaModifier.PUBLIC) || !c.isTopLevelClass()
          || !c.getPackageName().startsWith(ROOT_PACKAGE)) {
        continue;
      }
      modulesByName.computeIfAbsent(c.getSimpleName(), k -> new TreeSet<>()).add(module(c));
    }
    assertThat(modulesByName.values().stream().flatMap(Set::stream).collect(Collectors.toSet()))
        .as("the domain modules were read").contains("core", "risk", "reporting", "services");
    Map<String, Set<String>> shared = new TreeMap<>();
    modulesByName.forEach((name, modules) -> {
      if (modules.size() > 1) {
        shared.put(name, modules);
      }
    });
    assertThat(shared).as("public type names found in more than one module").isEmpty();
  }

  /** The module of a class: the package segment after {@code org.communityprevention}. */
  private static String module(JavaClass c) {
    String rest = c.getPackageName().substring(ROOT_PACKAGE.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static List<Path> moduleClassFolders() throws IOException {
    Path root = Paths.get("").toAbsolutePath().getParent();
    try (Stream<Path> modules = Files.list(root)) {
      List<Path> out = modules.map(m -> m.resolve("target").resolve("classes")).filter(Files::isDirectory)
          .sorted().collect(Collectors.toList());
      assertThat(out).as("compiled modules under %s", root).isNotEmpty();
      return out;
    }
  }
}
