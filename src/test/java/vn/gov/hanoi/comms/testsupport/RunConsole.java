package vn.gov.hanoi.comms.testsupport;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A line for the person running {@code mvn test}, on the Maven console. Surefire sends the tests'
 * System.out and System.err to files (redirectTestOutputToFile in pom.xml); what the test JVM
 * writes to its native standard error still reaches the console.
 */
final class RunConsole {
  private static final PrintStream ERR =
      new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

  private RunConsole() {}

  static void line(String text) {
    ERR.println(text);
    System.err.println(text); // and in the test's output file, beside what it explains
  }
}
