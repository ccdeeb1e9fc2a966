package vn.gov.hanoi.comms.area;

/**
 * One fault in an import file.
 *
 * @param line 1-based line number as an editor shows it (the header is line 1); 0 when the fault
 *     concerns the whole file (size, encoding, missing city)
 * @param message what is wrong, naming the codes and other lines involved
 */
public record LineError(int line, String message) {

  public static final int WHOLE_FILE = 0;

  public boolean concernsWholeFile() {
    return line == WHOLE_FILE;
  }

  @Override
  public String toString() {
    return (concernsWholeFile() ? "file" : "line " + line) + ": " + message;
  }
}
