package io.matcher.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real headless Chromium (the system's package, /usr/bin/chromium) driven over the Chrome
 * DevTools Protocol from the JDK's own WebSocket client: no driver library. One browser per test
 * class; {@link Page}s are tabs in flat session mode.
 *
 * <p>When no Chromium is installed the tests using it are skipped with a message saying so —
 * unless {@code MATCHER_REQUIRE_BROWSER=1} (set by {@code .ci/run}), which makes a missing browser
 * a failure, so that CI cannot pass without running them.
 */
final class Browser implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  private Browser(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** The browser binary: $MATCHER_CHROMIUM, else the first of the usual paths that exists. */
  static Path binary() {
    String env = System.getenv("MATCHER_CHROMIUM");
    if (env != null && Files.isExecutable(Path.of(env))) {
      return Path.of(env);
    }
    return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
  }

  /** Starts Chromium, or skips the calling test (fails it under MATCHER_REQUIRE_BROWSER=1). */
  static Browser startOrSkip() throws Exception {
    Path bin = binary();
    boolean required = "1".equals(System.getenv("MATCHER_REQUIRE_BROWSER"))
        || Boolean.getBoolean("matcher.require.browser");
    if (bin == null) {
      String msg = "no Chromium installed (looked for $MATCHER_CHROMIUM and " + CANDIDATES
          + "); install it with: apt-get install -y chromium chromium-driver";
      if (required) {
        throw new AssertionError("MATCHER_REQUIRE_BROWSER=1 but " + msg);
      }
      Assumptions.abort("browser tests skipped: " + msg);
    }
    return start(bin);
  }

  private static Browser start(Path bin) throws Exception {
    Path profile = Files.createTempDirectory("matcher-chromium-");
    List<String> cmd = new ArrayList<>(List.of(bin.toString(),
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
        "--font-render-hinting=none", "--user-data-dir=" + profile, "--remote-debugging-port=0",
        "about:blank"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(profile.resolve("chromium.log").toFile()).start();
    Path active = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    List<String> lines = List.of();
    while (System.nanoTime() < deadline) {
      if (Files.exists(active)) {
        lines = Files.readAllLines(active);
        if (lines.size() >= 2) {
          break;
        }
      }
      if (!p.isAlive()) {
        throw new IllegalStateException("chromium exited at start: " + Files.readString(profile.resolve("chromium.log")));
      }
      Thread.sleep(50);
    }
    if (lines.size() < 2) {
      p.destroyForcibly();
      throw new IllegalStateException("chromium did not open its DevTools port within 60 s");
    }
    URI ws = URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
    Browser[] self = new Browser[1];
    WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .connectTimeout(Duration.ofSeconds(30))
        .buildAsync(ws, new WebSocket.Listener() {
          private final StringBuilder buffer = new StringBuilder();

          @Override
          public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
              String text = buffer.toString();
              buffer.setLength(0);
              self[0].receive(text);
            }
            w.request(1);
            return null;
          }
        }).get(30, TimeUnit.SECONDS);
    self[0] = new Browser(p, profile, socket);
    return self[0];
  }

  private void receive(String text) {
    try {
      JsonNode n = JSON.readTree(text);
      if (n.has("id")) {
        CompletableFuture<JsonNode> f = pending.remove(n.get("id").asInt());
        if (f != null) {
          if (n.has("error")) {
            f.completeExceptionally(new IllegalStateException("CDP error: " + n.get("error")));
          } else {
            f.complete(n.get("result"));
          }
        }
      }
    } catch (IOException e) {
      // not ours
    }
  }

  /** One CDP command; {@code session} null for the browser target. */
  JsonNode call(String session, String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode msg = JSON.createObjectNode();
    msg.put("id", id);
    msg.put("method", method);
    msg.set("params", params == null ? JSON.createObjectNode() : params);
    if (session != null) {
      msg.put("sessionId", session);
    }
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    pending.put(id, f);
    synchronized (socket) {
      socket.sendText(JSON.writeValueAsString(msg), true).get(30, TimeUnit.SECONDS);
    }
    return f.get(120, TimeUnit.SECONDS);
  }

  static ObjectNode params() {
    return JSON.createObjectNode();
  }

  /** A new tab. */
  Page newPage() throws Exception {
    String target = call(null, "Target.createTarget", params().put("url", "about:blank")).get("targetId").asText();
    String session = call(null, "Target.attachToTarget", params().put("targetId", target).put("flatten", true))
        .get("sessionId").asText();
    return new Page(this, session, target);
  }

  /** A tab: load a file, size the viewport, evaluate, screenshot, print. */
  static final class Page {
    private final Browser b;
    private final String session;
    private final String target;

    Page(Browser b, String session, String target) {
      this.b = b;
      this.session = session;
      this.target = target;
    }

    /** A phone-like viewport: {@code width} CSS pixels, touch, device scale 1. */
    Page viewport(int width, int height, boolean mobile) throws Exception {
      b.call(session, "Emulation.setDeviceMetricsOverride", params().put("width", width).put("height", height)
          .put("deviceScaleFactor", 1).put("mobile", mobile));
      return this;
    }

    /** "screen" or "print". */
    Page media(String media) throws Exception {
      b.call(session, "Emulation.setEmulatedMedia", params().put("media", media));
      return this;
    }

    Page open(Path file) throws Exception {
      b.call(session, "Page.navigate", params().put("url", file.toUri().toString()));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline) {
        if ("complete".equals(eval("document.readyState").asText())
            && eval("location.href").asText().startsWith("file:")) {
          return this;
        }
        Thread.sleep(20);
      }
      throw new IllegalStateException("page did not load: " + file);
    }

    /** The value of a JavaScript expression (JSON-serialisable). */
    JsonNode eval(String expression) throws Exception {
      JsonNode r = b.call(session, "Runtime.evaluate", params().put("expression", expression)
          .put("returnByValue", true));
      if (r.has("exceptionDetails")) {
        throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
      }
      JsonNode v = r.get("result").get("value");
      return v == null ? JSON.nullNode() : v;
    }

    /** A PNG of the whole page at the current width. */
    void screenshot(Path png) throws Exception {
      int h = eval("Math.ceil(document.documentElement.scrollHeight)").asInt();
      int w = eval("window.innerWidth").asInt();
      ObjectNode clip = params().put("x", 0).put("y", 0).put("width", w).put("height", h).put("scale", 1);
      ObjectNode p = params().put("format", "png").put("captureBeyondViewport", true);
      p.set("clip", clip);
      Files.createDirectories(png.getParent());
      Files.write(png, Base64.getDecoder().decode(b.call(session, "Page.captureScreenshot", p).get("data").asText()));
    }

    /** The page printed as a PDF on A4 (the page's own @page size when it sets one). */
    byte[] pdf() throws Exception {
      ObjectNode p = params().put("printBackground", true).put("preferCSSPageSize", true)
          .put("paperWidth", 8.27).put("paperHeight", 11.69);
      return Base64.getDecoder().decode(b.call(session, "Page.printToPDF", p).get("data").asText());
    }

    void close() throws Exception {
      b.call(null, "Target.closeTarget", params().put("targetId", target));
    }
  }

  /** The number of pages of a PDF Chromium printed (its page objects). */
  static int pdfPages(byte[] pdf) {
    String s = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Override
  public void close() throws Exception {
    try {
      call(null, "Browser.close", null);
    } catch (Exception e) {
      // already going
    }
    socket.abort();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    try (Stream<Path> w = Files.walk(profile)) {
      w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
