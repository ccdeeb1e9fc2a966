package vn.gov.hanoi.comms.testsupport;

import com.tngtech.archunit.library.freeze.ViolationLineMatcher;
import java.util.regex.Pattern;

/**
 * Matches a frozen ArchUnit violation with today's whatever the line numbers and lambda numbers say
 * (archunit.properties: freeze.lineMatcher). ArchUnit's default matcher does so for one-line
 * violations but not for the several lines of a cycle (whose dependencies are also listed in line
 * order), so an edit that moved a line of PublicationService failed the cycle rule.
 */
public final class LineNumberBlindMatcher implements ViolationLineMatcher {
  private static final Pattern LINE = Pattern.compile("\\.java:\\d+\\)");
  private static final Pattern LAMBDA = Pattern.compile("\\$\\d+");

  @Override
  public boolean matches(String frozen, String current) {
    return normalised(frozen).equals(normalised(current));
  }

  /**
   * Without numbers, and as a set of lines: a cycle lists its dependencies in the order of their
   * line numbers.
   */
  static String normalised(String violation) {
    return violation
        .lines()
        .map(l -> LAMBDA.matcher(LINE.matcher(l).replaceAll(".java)")).replaceAll("\\$").strip())
        .sorted()
        .collect(java.util.stream.Collectors.joining("\n"));
  }
}
