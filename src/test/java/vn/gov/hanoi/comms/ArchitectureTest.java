package vn.gov.hanoi.comms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The package rules of docs/architecture/README.md. A rule that does not hold today is frozen
 * ({@link FreezingArchRule}): its known violations are listed in src/test/resources/archunit_store,
 * a new one fails the build, a fixed one drops out of the store. tools/package-deps.sh prints the
 * picture these rules are about.
 */
@AnalyzeClasses(
    packages = "vn.gov.hanoi.comms",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String ROOT = "vn.gov.hanoi.comms";

  /** Shared services any flow may use: they are handed what they need, and know no flow. */
  static final String[] PLUMBING = {
    ROOT + ".common..",
    ROOT + ".publication..",
    ROOT + ".security..",
    ROOT + ".notification..",
    ROOT + ".files.."
  };

  /** The flows: each owns its process, its forms, its authorizations and guards. */
  static final String[] FLOWS = {
    ROOT + ".vneid..", ROOT + ".ihanoi..", ROOT + ".quota..", ROOT + ".reporting.."
  };

  /**
   * Packages that own a BPMN model, and so its delegates and listeners (deadline owns
   * step-escalation).
   */
  static final String[] PROCESS_OWNERS = {
    ROOT + ".vneid..",
    ROOT + ".ihanoi..",
    ROOT + ".quota..",
    ROOT + ".reporting..",
    ROOT + ".deadline.."
  };

  /** Started by Spring alone (component scan, profiles): no class names them. */
  static final String[] STARTUP_ONLY = {ROOT + ".demo..", ROOT + ".seed..", ROOT + ".benchmark.."};

  /**
   * Domain logic that is plain Java: testable without a Spring context, an engine or a database.
   */
  static final String[] DOMAIN = {
    ROOT + ".dedup..", ROOT + ".screening..", ROOT + ".vneid.content..", ROOT + ".vneid.routing.."
  };

  static final String[] FRAMEWORKS = {
    "org.springframework..",
    "org.camunda..",
    "java.sql..",
    "javax.sql..",
    "org.h2..",
    "org.postgresql..",
    "org.flywaydb.."
  };

  /**
   * (a) Holds; still frozen, with an empty list in archunit_store (PublicationService read the
   * flows' tables until the flows handed it a Publication), so any violation fails.
   */
  @ArchTest
  static final ArchRule plumbing_knows_no_flow =
      FreezingArchRule.freeze(
          noClasses()
              .that()
              .resideInAnyPackage(PLUMBING)
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(FLOWS)
              .because(
                  "plumbing serves every flow: each flow hands it what it needs and contributes its own"
                      + " authorizations and guards, so a new flow changes no plumbing"));

  /**
   * (a) again, for what ArchUnit cannot see: javac copies a {@code static final} constant (a
   * process key, a variable name) into the class that uses it, leaving only a class entry in the
   * class file's constant pool. Holds; still frozen, with an empty list (IdentityProvisioner named
   * the flows' process keys until each flow contributed its FlowAuthorizations).
   */
  @ArchTest
  static final ArchRule plumbing_names_no_flow_class_even_for_a_constant =
      FreezingArchRule.freeze(
          classes()
              .that()
              .resideInAnyPackage(PLUMBING)
              .should(nameNoClassIn(FLOWS))
              .because(
                  "a flow's process key or variable name used in plumbing is plumbing knowing that flow: the"
                      + " flow should hand it over (plumbing_knows_no_flow, for what inlining hides)"));

  /**
   * Tasklist's lists (worklist) serve every flow as plumbing does: a flow contributes its own list
   * (worklist.UnitTaskList, e.g. vneid.VneidTaskLists), so worklist names no flow. Not frozen: it
   * holds since it was written.
   */
  @ArchTest
  static final ArchRule worklist_knows_no_flow =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".worklist..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(FLOWS)
          .because(
              "Tasklist's lists serve every flow: a flow contributes its own list (UnitTaskList), so"
                  + " a new flow changes no worklist");

  /** The same, read from the constant pools (a process key or variable name inlined by javac). */
  @ArchTest
  static final ArchRule worklist_names_no_flow_class_even_for_a_constant =
      classes()
          .that()
          .resideInAPackage(ROOT + ".worklist..")
          .should(nameNoClassIn(FLOWS))
          .because(
              "a flow's process key used in worklist is worklist knowing that flow: the flow hands"
                  + " it over in its UnitTaskList");

  /** Settings are typed records per capability, bound, defaulted and validated in one place. */
  @ArchTest
  static final ArchRule settings_are_configuration_properties_not_value_injections =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.springframework.beans.factory.annotation.Value")
          .because(
              "each capability reads its settings through a @ConfigurationProperties record"
                  + " (ConfigurationPropertiesTest binds them), not scattered @Value strings");

  /**
   * (b) Holds: Application starts demo and seed through component scan and profiles, naming
   * neither.
   */
  @ArchTest
  static final ArchRule nobody_depends_on_demo_seed_or_benchmark =
      noClasses()
          .that()
          .resideOutsideOfPackages(STARTUP_ONLY)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(STARTUP_ONLY)
          .because(
              "demo data, seed data and benchmark counters are switched on by profiles at start-up; product"
                  + " code that named them would run differently with a profile off, or not start at all");

  /**
   * (c) Holds; still frozen, with an empty list (screening's two JDBC repositories and its
   * controller sat beside the plain checks until they moved to prechecks).
   */
  @ArchTest
  static final ArchRule domain_logic_is_plain_java =
      FreezingArchRule.freeze(
          noClasses()
              .that()
              .resideInAnyPackage(DOMAIN)
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(FRAMEWORKS)
              .because(
                  "domain rules (duplicates, screening, article content, routing) are decided in plain Java,"
                      + " testable without a Spring context, a process engine or a database"));

  /**
   * (d) Holds; still frozen, with an empty list (the three cycles went through PublicationService).
   * Not seen here: constants inlined by javac (the constant-pool rules above, docs/architecture).
   */
  @ArchTest
  static final ArchRule capability_packages_have_no_cycles =
      FreezingArchRule.freeze(
          slices()
              .matching(ROOT + ".(*)..")
              .namingSlices("$1")
              .should()
              .beFreeOfCycles()
              .because(
                  "a cycle makes two capabilities one: neither can be understood, tested or changed alone"));

  /** (e) Holds. */
  @ArchTest
  static final ArchRule delegates_live_in_the_package_of_their_process =
      delegatesAndListeners()
          .should()
          .resideInAnyPackage(PROCESS_OWNERS)
          .because(
              "a delegate or listener is a step of one process model: it lives with the flow that owns the"
                  + " model, not in plumbing");

  /** (e) Holds. */
  @ArchTest
  static final ArchRule delegates_are_named_for_what_they_decide =
      delegatesAndListeners()
          .should()
          .haveSimpleNameNotContaining("Impl")
          .andShould()
          .haveSimpleNameNotContaining("Helper")
          .because(
              "the BPMN names a delegate by its bean: the name should say what the step decides or does"
                  + " (PublicationWindowCheck, LetterIssuer), not how it is wired");

  /** The classes a BPMN model calls: delegates, execution and task listeners. */
  static GivenClassesConjunction delegatesAndListeners() {
    return classes()
        .that()
        .implement(JavaDelegate.class)
        .or()
        .implement(ExecutionListener.class)
        .or()
        .implement(TaskListener.class);
  }

  /**
   * Classes whose class file names a class of the given packages (constant pool), inlined constants
   * included.
   */
  static ArchCondition<JavaClass> nameNoClassIn(String... packages) {
    List<String> prefixes = Arrays.stream(packages).map(p -> p.replace("..", ".")).toList();
    return new ArchCondition<>(
        "name no class in " + Arrays.toString(packages) + ", not even for a constant") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        for (String named : namedClasses(javaClass)) {
          if (prefixes.stream().anyMatch(named::startsWith)) {
            events.add(
                SimpleConditionEvent.violated(
                    javaClass,
                    "Class <" + javaClass.getName() + "> names <" + named + "> in its class file"));
          }
        }
      }
    };
  }

  /**
   * The classes named by CONSTANT_Class entries of the class file (JVMS 4.4), sorted, arrays
   * unwrapped.
   */
  static TreeSet<String> namedClasses(JavaClass javaClass) {
    var source =
        javaClass
            .getSource()
            .orElseThrow(() -> new IllegalStateException("no class file: " + javaClass));
    try (InputStream raw = source.getUri().toURL().openStream();
        DataInputStream in = new DataInputStream(raw)) {
      in.readInt(); // magic
      in.readInt(); // minor, major
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      List<Integer> classNames = new ArrayList<>();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 7 -> classNames.add(in.readUnsignedShort());
          case 8, 16, 19, 20 -> in.skipBytes(2);
          case 15 -> in.skipBytes(3);
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
          case 5, 6 -> {
            in.skipBytes(8);
            i++;
          }
          default ->
              throw new IllegalStateException(
                  "constant pool tag " + tag + " in " + javaClass.getName());
        }
      }
      TreeSet<String> named = new TreeSet<>();
      for (int index : classNames) {
        String name =
            utf8[index].replaceFirst("^\\[+L?", "").replaceFirst(";$", "").replace('/', '.');
        named.add(name);
      }
      return named;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
