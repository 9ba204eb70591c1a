package io.matcher.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML outputs in a real headless Chromium: agendas at phone width (390 CSS px, an iPhone
 * 12–15) and printed to A4; the grid and the report in print media. Screenshots and PDFs go to
 * {@code target/browser/} (and {@code /tmp/matcher-browser/}) to be looked at.
 */
class PagesInBrowserTest {
  static final int PHONE = 390;
  /** A4 at 96 px/in: 210 mm. */
  static final int A4_WIDTH = 794;

  @TempDir static Path tmp;
  static Browser browser;
  static Path shots;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.startOrSkip();
    shots = Path.of(System.getProperty("user.dir")).resolve("target/browser");
    Files.createDirectories(shots);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  static Path write(String set, Map<String, byte[]> files) throws Exception {
    Path dir = tmp.resolve(set);
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path p = dir.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, f.getValue());
    }
    return dir;
  }

  static void save(String name, byte[] bytes) throws Exception {
    Files.write(shots.resolve(name), bytes);
    Path t = Path.of("/tmp/matcher-browser");
    Files.createDirectories(t);
    Files.write(t.resolve(name), bytes);
  }

  static void screenshot(Browser.Page page, String name) throws Exception {
    page.screenshot(shots.resolve(name));
    save(name, Files.readAllBytes(shots.resolve(name)));
  }

  /** Pairs of overlapping boxes among each agenda row's cells and between consecutive rows. */
  static final String OVERLAPS = """
      (() => {
        const bad = [];
        const R = e => e.getBoundingClientRect();
        const inter = (a, b) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left))
            * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
        const rows = [...document.querySelectorAll('table.agenda tbody tr')];
        rows.forEach((r, i) => {
          const cells = [...r.children].map(R).filter(x => x.width > 0 && x.height > 0);
          for (let a = 0; a < cells.length; a++)
            for (let b = a + 1; b < cells.length; b++)
              if (inter(cells[a], cells[b]) > 1) bad.push('row ' + i + ': cells ' + a + ' and ' + b);
          if (i > 0 && inter(R(rows[i - 1]), R(r)) > 1) bad.push('rows ' + (i - 1) + ' and ' + i);
          [...r.children].forEach((c, k) => {
            if (c.scrollWidth > c.clientWidth + 1) bad.push('row ' + i + ' cell ' + k + ' overflows its box');
          });
        });
        return bad;
      })()""";

  /** Elements whose box reaches past the right edge of the window. */
  static final String PAST_RIGHT_EDGE = """
      [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map(e => e.tagName + '.' + e.className).slice(0, 5)""";

  @Test
  void agendasAreOneColumnAtPhoneWidthWithoutSidewaysScrollOrOverlaps() throws Exception {
    List<String> checked = new ArrayList<>();
    boolean[] shotWithLinks = {false};
    for (Map.Entry<String, Map<String, byte[]>> set : Map.<String, Map<String, byte[]>>of("planted", ExportFixtures.PLANTED_FILES,
        "hostile", ExportFixtures.HOSTILE_FILES).entrySet()) {
      Path dir = write(set.getKey(), set.getValue());
      List<String> agendas = set.getValue().keySet().stream().filter(p -> p.endsWith(".html")
          && (p.startsWith("investors/") || p.startsWith("startups/"))).toList();
      // every hostile agenda; a spread of the planted ones (every fifth)
      for (int k = 0; k < agendas.size(); k += set.getKey().equals("hostile") ? 1 : 5) {
        String path = agendas.get(k);
        Browser.Page page = browser.newPage().viewport(PHONE, 844, true).media("screen").open(dir.resolve(path));
        assertThat(page.eval("window.innerWidth").asInt()).isEqualTo(PHONE);
        assertThat(page.eval("document.scrollingElement.scrollWidth").asInt()).as(path + " scrolls sideways")
            .isLessThanOrEqualTo(PHONE);
        assertThat(page.eval(PAST_RIGHT_EDGE)).as(path).isEmpty();
        assertThat(page.eval(OVERLAPS)).as(path).isEmpty();
        // one column: each counterpart cell spans (nearly) the whole width, so a name wraps by words
        JsonNode widths = page.eval("[...document.querySelectorAll('tr.meeting td.counterpart')]"
            + ".map(e => e.getBoundingClientRect().width)");
        assertThat(widths).isNotEmpty();
        widths.forEach(w -> assertThat(w.asDouble()).as(path).isGreaterThan(PHONE * 0.8));
        // and the time sits above the counterpart, not beside it
        assertThat(page.eval("(() => { const r = document.querySelector('tr.meeting');"
            + " return r.querySelector('td.time').getBoundingClientRect().bottom"
            + " <= r.querySelector('td.counterpart').getBoundingClientRect().top + 0.5; })()").asBoolean()).isTrue();
        assertThat(page.eval("document.querySelector('meta[name=viewport]').content").asText())
            .contains("width=device-width");
        if (k == 0 || page.eval("document.querySelectorAll('a.tel').length").asInt() > 1 && !shotWithLinks[0]
            || path.equals("startups/line1-line2-with-comma-backslash-S6.html")) {
          shotWithLinks[0] |= page.eval("document.querySelectorAll('a.tel').length").asInt() > 1;
          screenshot(page, "agenda-390-" + set.getKey() + "-" + path.replace('/', '-') + ".png");
        }
        page.close();
        checked.add(path);
      }
    }
    assertThat(checked).hasSizeGreaterThan(20);
  }

  @Test
  void agendasPrintOnOneA4PageWithoutOverlaps() throws Exception {
    Path dir = write("sample", ExportFixtures.SAMPLE_FILES);
    List<String> agendas = ExportFixtures.SAMPLE_FILES.keySet().stream()
        .filter(p -> p.endsWith(".html") && p.contains("/")).toList();
    for (int k = 0; k < agendas.size(); k += 10) {
      String path = agendas.get(k);
      Browser.Page page = browser.newPage().viewport(A4_WIDTH, 1123, false).media("print").open(dir.resolve(path));
      assertThat(page.eval("document.scrollingElement.scrollWidth").asInt()).as(path).isLessThanOrEqualTo(A4_WIDTH);
      assertThat(page.eval(OVERLAPS)).as(path).isEmpty();
      // printed as a table again: time, table, counterpart side by side
      assertThat(page.eval("getComputedStyle(document.querySelector('table.agenda thead')).display").asText())
          .isNotEqualTo("none");
      byte[] pdf = page.pdf();
      assertThat(Browser.pdfPages(pdf)).as(path).isEqualTo(1);
      if (k == 0) {
        save("agenda-a4-" + path.replace('/', '-') + ".pdf", pdf);
      }
      page.close();
    }
  }

  /** The smallest computed font size (CSS px) of any element with its own text under {@code root}. */
  static String minFont(String selector) {
    return "Math.min(...[...document.querySelectorAll('" + selector + "')].filter(e => [...e.childNodes]"
        + ".some(n => n.nodeType === 3 && n.textContent.trim())).map(e => parseFloat(getComputedStyle(e).fontSize)))";
  }

  @Test
  void gridReportAndPrintablesPrintReadablyOnA4() throws Exception {
    Path dir = write("print", ExportFixtures.SAMPLE_FILES);
    // the grid, landscape: every text at 9 pt (12 px) or more, no cell's text spilling sideways
    Browser.Page grid = browser.newPage().viewport(1123, 794, false).media("print").open(dir.resolve("grid.html"));
    assertThat(grid.eval(minFont("table.grid *")).asDouble()).isGreaterThanOrEqualTo(12.0);
    assertThat(grid.eval("[...document.querySelectorAll('table.grid td, table.grid th')]"
        + ".filter(c => c.scrollWidth > c.clientWidth + 1).length").asInt()).isZero();
    assertThat(grid.eval("document.scrollingElement.scrollWidth <= window.innerWidth").asBoolean()).isTrue();
    byte[] gridPdf = grid.pdf();
    assertThat(Browser.pdfPages(gridPdf)).isGreaterThanOrEqualTo(2);
    save("grid-a4.pdf", gridPdf);
    grid.close();

    // the report: headings never end a page, the capacity label clear of the bar values
    Browser.Page report = browser.newPage().viewport(A4_WIDTH, 1123, false).media("print").open(dir.resolve("report.html"));
    assertThat(report.eval("[...document.querySelectorAll('h2')].map(h => getComputedStyle(h).breakAfter)"))
        .isNotEmpty().allSatisfy(v -> assertThat(v.asText()).isEqualTo("avoid"));
    assertThat(report.eval("""
        (() => { const R = e => e.getBoundingClientRect(); let n = 0;
          document.querySelectorAll('svg.chart').forEach(svg => {
            const labels = [...svg.querySelectorAll('text.reflabel')].map(R);
            svg.querySelectorAll('text.value, rect.bar').forEach(v => { const b = R(v);
              labels.forEach(a => { if (Math.min(a.right, b.right) > Math.max(a.left, b.left)
                  && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top)) n++; }); }); });
          return n; })()""").asInt()).isZero();
    assertThat(report.eval("document.scrollingElement.scrollWidth <= window.innerWidth").asBoolean()).isTrue();
    save("report-a4.pdf", report.pdf());
    report.close();

    // find your table: large type (names at 15 pt = 20 px or more)
    Browser.Page find = browser.newPage().viewport(A4_WIDTH, 1123, false).media("print")
        .open(dir.resolve(Printables.FIND_YOUR_TABLE));
    assertThat(find.eval(minFont("td.who .name")).asDouble()).isGreaterThanOrEqualTo(20.0);
    assertThat(find.eval("document.scrollingElement.scrollWidth <= window.innerWidth").asBoolean()).isTrue();
    save("find-your-table-a4.pdf", find.pdf());
    find.close();

    // table cards: one A4 page each
    Browser.Page cards = browser.newPage().viewport(A4_WIDTH, 1123, false).media("print")
        .open(dir.resolve(Printables.TABLE_CARDS));
    int n = cards.eval("document.querySelectorAll('section.card').length").asInt();
    byte[] cardsPdf = cards.pdf();
    assertThat(Browser.pdfPages(cardsPdf)).isEqualTo(n);
    save("tables-a4.pdf", cardsPdf);
    cards.close();
  }
}
