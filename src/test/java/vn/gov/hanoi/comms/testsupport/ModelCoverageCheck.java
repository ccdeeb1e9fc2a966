package vn.gov.hanoi.comms.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Fails a process test class when its tests, taken together, leave a flow node or sequence flow of
 * its models undriven. Registered as a static {@code @RegisterExtension} field; it needs no test
 * order and counts only what the class itself drove. When a developer runs some of the class's
 * tests only (-Dtest=Class#method), coverage cannot be judged and is not asserted.
 */
public final class ModelCoverageCheck
    implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
  private final List<String> modelFiles;
  private final Set<String> testsRun = ConcurrentHashMap.newKeySet();
  private Set<String> recording;

  private ModelCoverageCheck(List<String> modelFiles) {
    this.modelFiles = modelFiles;
  }

  /**
   * Every flow node and sequence flow of these model files (classpath paths such as "bpmn/x.bpmn").
   */
  public static ModelCoverageCheck of(String... modelFiles) {
    return new ModelCoverageCheck(List.of(modelFiles));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    recording = FlowCoverage.start();
    testsRun.clear();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    testsRun.add(context.getRequiredTestMethod().toGenericString());
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    FlowCoverage.stop(recording);
    Class<?> testClass = context.getRequiredTestClass();
    long declared = declaredTests(testClass);
    if (testsRun.size() < declared) {
      System.out.printf(
          "%s: %d of %d tests ran; model coverage is asserted only when all run%n",
          testClass.getSimpleName(), testsRun.size(), declared);
      return;
    }
    assertThat(FlowCoverage.notDriven(recording, modelFiles))
        .as("elements of %s that no test of %s drives", modelFiles, testClass.getSimpleName())
        .isEmpty();
  }

  private static long declaredTests(Class<?> testClass) {
    long count = 0;
    for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
      count += Arrays.stream(c.getDeclaredMethods()).filter(ModelCoverageCheck::isTest).count();
    }
    return count;
  }

  private static boolean isTest(Method m) {
    return m.isAnnotationPresent(Test.class) || m.isAnnotationPresent(ParameterizedTest.class);
  }
}
