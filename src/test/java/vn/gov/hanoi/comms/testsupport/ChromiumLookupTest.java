package vn.gov.hanoi.comms.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the browser tests look for Chromium and its driver (the README's promise for a fresh
 * machine).
 */
class ChromiumLookupTest {
  @TempDir Path dir;

  @Test
  void foundOnThePath() throws IOException {
    Path browser = executable("chromium-browser");
    Path driver = executable("chromedriver");
    Chromium.Lookup lookup =
        Chromium.Lookup.in(Map.of("PATH", "/nonexistent:" + dir), "/nonexistent/usr/bin");
    assertThat(lookup.found()).isTrue();
    assertThat(lookup.binary()).isEqualTo(browser);
    assertThat(lookup.driver()).isEqualTo(driver);
  }

  @Test
  void aVariableWinsOverThePathAndIsTheOnlyPlaceLookedIn() throws IOException {
    executable("chromium");
    executable("chromedriver");
    Chromium.Lookup lookup =
        Chromium.Lookup.in(
            Map.of("PATH", dir.toString(), "CHROME_BIN", "/nonexistent/chromium"), dir.toString());
    assertThat(lookup.found()).isFalse();
    assertThat(lookup.lookedIn()).isEqualTo("CHROME_BIN=/nonexistent/chromium");
  }

  @Test
  void missingDriverNamesWhereItLooked() throws IOException {
    Path browser = executable("chromium");
    Chromium.Lookup lookup =
        Chromium.Lookup.in(
            Map.of("CHROME_BIN", browser.toString(), "PATH", "/nonexistent"),
            "/nonexistent/usr/bin");
    assertThat(lookup.found()).isFalse();
    assertThat(lookup.lookedIn()).isEqualTo("chromedriver on the PATH and in /nonexistent/usr/bin");
  }

  @Test
  void aFileThatCannotRunIsNotABrowser() throws IOException {
    Files.writeString(dir.resolve("chromium"), "");
    executable("chromedriver");
    Chromium.Lookup lookup =
        Chromium.Lookup.in(
            Map.of(
                "CHROME_BIN",
                dir.resolve("chromium").toString(),
                "CHROMEDRIVER",
                dir.resolve("chromedriver").toString()),
            dir.toString());
    assertThat(lookup.found()).isFalse();
  }

  private Path executable(String name) throws IOException {
    Path p = Files.writeString(dir.resolve(name), "#!/bin/sh\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    return p;
  }
}
