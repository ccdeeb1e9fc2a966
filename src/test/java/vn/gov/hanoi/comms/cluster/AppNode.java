package vn.gov.hanoi.comms.cluster;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The application in a JVM of its own, started from the test JVM's classpath, as a production node
 * would run it (profile postgres, job executor on). Its output goes to target/cluster-NAME.log.
 */
final class AppNode {
  final String name;
  final int port;
  private final Process process;

  private AppNode(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  static AppNode start(String name, int port, List<String> args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Small and quick to start: two of these share a 2-core machine with the build.
    cmd.addAll(
        List.of(
            "-Xmx384m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xss512k",
            "-Duser.timezone=Asia/Ho_Chi_Minh",
            "-cp",
            System.getProperty("java.class.path"),
            "vn.gov.hanoi.comms.Application",
            "--server.port=" + port,
            "--app.public-url=http://localhost:" + port));
    cmd.addAll(args);
    File log = new File("target/cluster-" + name + ".log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log).start();
    return new AppNode(name, port, p);
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** Waits for /actuator/health/readiness to answer 200. */
  void awaitReady(Duration within) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "node "
                + name
                + " exited with "
                + process.exitValue()
                + ": see target/cluster-"
                + name
                + ".log");
      }
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
                    .timeout(Duration.ofSeconds(2))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        "node " + name + " not ready within " + within + ": see target/cluster-" + name + ".log");
  }

  /**
   * SIGKILL on Linux: no shutdown hook, no graceful stop; its locked jobs stay locked until they
   * expire.
   */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  boolean alive() {
    return process.isAlive();
  }
}
