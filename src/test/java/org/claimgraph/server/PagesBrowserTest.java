package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.claimgraph.ClaimGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's chromium and chromedriver, headless, against a real server on a
 * loopback port over a TDB2 store. Screenshots of every step at 1366 and 390 px go to target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesBrowserTest {

    static final String TOKEN = "browser-test-token";
    static final Path SHOTS = Path.of("target/screenshots");
    static final int[] WIDTHS = {1366, 390};

    @TempDir static Path dir;
    static ClaimGraph cg;
    static ClaimServer server;
    static ChromeDriver browser;
    static String base;

    @BeforeAll static void start() throws Exception {
        for (String exe : List.of("/usr/bin/chromium", "/usr/bin/chromedriver")) {
            if (!Files.isExecutable(Path.of(exe))) fail(exe + " is missing: apt-get install -y chromium chromium-driver (.ci/run does)");
        }
        cg = ClaimGraph.open("tdb2", dir.resolve("store"), null);
        cg.loadSeed();
        // an English story with no evidence loaded: its claims wait for some
        Path story = Path.of("data/examples/company-results");
        cg.load(List.of(story.resolve("entities.json"), story.resolve("claims.json")), "test");
        cg.check();
        server = ClaimServer.start(cg, new ClaimServer.Settings("127.0.0.1", 0, 10_000, 10_000, 20_000, TOKEN));
        base = server.url().substring(0, server.url().length() - 1);
        Files.createDirectories(SHOTS);
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")),
                "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, o);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (cg != null) cg.close();
    }

    // ---- helpers ----

    static Object js(String script, Object... args) { return ((JavascriptExecutor) browser).executeScript(script, args); }

    /** Screenshots of the page at both widths (as tall as the page, up to 6000 px); at 390 px, asserts nothing scrolls sideways. */
    static void shots(String step) throws Exception {
        for (int w : WIDTHS) {
            browser.manage().window().setSize(new Dimension(w, 900));
            long h = (Long) js("return Math.min(6000, document.documentElement.scrollHeight)");
            browser.manage().window().setSize(new Dimension(w, (int) Math.max(600, h)));
            if (w == 390) {
                long sw = (Long) js("return document.scrollingElement.scrollWidth"), iw = (Long) js("return window.innerWidth");
                assertTrue(sw <= iw, step + ": at 390 px the page scrolls sideways (" + sw + " > " + iw + ")");
            }
            File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), SHOTS.resolve(step + "-" + w + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    static void open(String path) { browser.get(base + path); }

    /** Clicks what submits a form or follows a link, and waits for the next page. */
    static void go(String selector) {
        WebElement old = null;
        for (int attempt = 1; old == null; attempt++) {
            try {
                WebElement html = css("html");
                css(selector).click();
                old = html;
            } catch (WebDriverException e) {
                // chromedriver can answer for a node of the page being replaced: find it again
                if (attempt == 3) throw e;
            }
        }
        WebElement page = old;
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                // chromium may say the old page's node "does not belong to the document": it is gone, as stale
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) return true;
                throw e;
            }
        });
    }

    /** After a save, the outcome; else the form's problems fail the test. */
    static String outcome() {
        if (browser.findElements(By.id("outcome")).isEmpty()) fail("not saved: " + css("main").getText().substring(0, Math.min(600, css("main").getText().length())));
        return css("#outcome").getText();
    }

    static WebElement css(String selector) { return browser.findElement(By.cssSelector(selector)); }

    static void type(String id, String text) {
        WebElement e = browser.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    /** Sets a field's value directly (long or hostile texts type slowly and may trigger shortcuts). */
    static void set(String id, String text) {
        js("document.getElementById(arguments[0]).value = arguments[1]", id, text);
    }

    /** The drafted row whose value holds a figure; every other row is unticked. */
    static int row(String figure) {
        long i = (Long) js("var fig = arguments[0]; var rows = document.querySelectorAll('fieldset.row[id^=row-]'); var keep = -1;"
                + "rows.forEach(function (r, i) { var v = document.getElementById('r' + i + '.value').value;"
                + "  if (v.indexOf(fig) >= 0 && keep < 0) keep = i; else r.querySelector('input[type=checkbox]').checked = false; });"
                + "return keep;", figure);
        assertTrue(i >= 0, "the figure " + figure + " has a drafted row");
        return (int) i;
    }

    static void noAlertAndNoInjectedMarkup(String where) {
        try {
            browser.switchTo().alert();
            fail(where + ": an alert opened");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        assertEquals(null, js("return window.__pwned === undefined ? null : String(window.__pwned)"), where + ": a script from the data ran");
        long injected = (Long) js("return document.querySelectorAll('img[onerror], svg[onload], [onmouseover], [onclick], [onfocus], iframe, "
                + "script:not([src]):not([type=\"application/ld+json\"]), a[href^=\"javascript\" i]').length");
        assertEquals(0, injected, where + ": markup from the data is live in the page");
    }

    // ---- the steps ----

    @Test @Order(1)
    void browseFromTheListToAClaim() throws Exception {
        open("/");
        assertEquals("Documents", css("h1").getText());
        assertTrue(browser.findElements(By.cssSelector(".doclist > li")).size() >= 2, "the documents are listed");
        shots("01-documents");

        type("q", "甲骨文");
        go("form.search button");
        assertTrue(css("main").getText().contains("match “甲骨文”"), "a Chinese search");
        assertFalse(browser.findElements(By.cssSelector(".hits mark")).isEmpty(), "the matches are marked");
        shots("02-search-zh");

        open("/");
        go(".doclist a.title[lang=zh]");
        assertTrue(browser.getCurrentUrl().contains("/documents/"), browser.getCurrentUrl());
        assertTrue(browser.findElements(By.cssSelector(".article a.hl")).size() >= 19, "claims highlighted in the text");
        assertTrue(css(".formula").getText().contains("never count as failures"));
        shots("03-document");

        WebElement how = css(".card details.how");
        assertFalse(how.getAttribute("open") != null, "how this was computed starts collapsed");
        go(".card a.open");
        assertTrue(browser.getCurrentUrl().contains("/claims/"), browser.getCurrentUrl());
        assertNotNull(css(".claimpage .badge").getText());
        assertTrue(css(".claimpage h1").getText().length() > 5, "the claim's statement");
        css("details.how summary").click();
        assertTrue(css("details.how ol.findings").isDisplayed(), "the findings open with the keyboard or a click");
        shots("04-claim");
    }

    @Test @Order(2)
    void signInThenCheckANewArticleWithEvidence() throws Exception {
        open("/check");
        assertTrue(browser.getCurrentUrl().endsWith("/signin?next=check"), "a check needs a sign-in: " + browser.getCurrentUrl());
        type("token", "not the token");
        go("#signin");
        assertTrue(css(".errors").getText().contains("not valid"));
        type("token", TOKEN);
        shots("05-signin");
        go("#signin");
        assertTrue(browser.getCurrentUrl().endsWith("/check"), browser.getCurrentUrl());

        long started = System.nanoTime();
        set("text", "Halvorsen Robotics earned third-quarter revenue of $820 million, its chief said on Tuesday. "
                + "It has 1,200 staff.");
        type("title", "Halvorsen's quarter");
        type("publisher", "Test Desk");
        type("published", "2025-11-06");
        shots("06-check-article");
        go("#draft");
        List<WebElement> rows = browser.findElements(By.cssSelector("fieldset.row[id^=row-]"));
        assertTrue(rows.size() >= 1, "a row per figure");
        int r = row("820 million");
        assertEquals("USD", browser.findElement(By.id("r" + r + ".unit")).getAttribute("value"));
        assertTrue(rows.get(r).getAttribute("class").contains("has-todo"), "the row's unsure or missing fields are to-dos");
        assertFalse(browser.findElements(By.cssSelector("#row-" + r + " .todo input")).isEmpty(), "the to-do fields are highlighted");
        shots("07-drafted");

        type("r" + r + ".statement", "Halvorsen Robotics' revenue in Q3 2025 was $820 million.");
        type("r" + r + ".subject", "halvorsen-robotics");
        type("r" + r + ".metric", "revenue");
        type("r" + r + ".period", "2025-Q3");
        type("q", "Halvorsen");
        go("#search");
        assertEquals("Halvorsen Robotics' revenue in Q3 2025 was $820 million.", browser.findElement(By.id("r" + r + ".statement")).getAttribute("value"),
                "searching keeps the edits");
        assertTrue(browser.findElements(By.cssSelector("#row-" + r + " .todo [id='r" + r + ".statement']")).isEmpty(), "an edited field is no longer a to-do");
        type("e.title", "Halvorsen Robotics third-quarter 2025 results");
        type("e.publisher", "Halvorsen Robotics");
        type("e.published", "2025-11-04");
        type("e.url", "https://example.org/halvorsen-q3");
        type("e.quote", "Revenue for the quarter was $820 million");
        type("e.statement", "Halvorsen Robotics' revenue in Q3 2025 was $820 million.");
        type("e.subject", "halvorsen-robotics");
        type("e.metric", "revenue");
        type("e.value", "820 million");
        type("e.unit", "USD");
        type("e.period", "2025-Q3");
        shots("08-edited");
        go("#save");
        double seconds = (System.nanoTime() - started) / 1e9;

        String outcome = outcome();
        assertTrue(outcome.contains("Saved and checked: 1 claim"), outcome);
        assertEquals("supported", css(".card .badge").getText().toLowerCase(java.util.Locale.ROOT), "the new claim's verdict");
        String changed = css("#changed").getText();
        assertTrue(changed.contains("unsupported → supported"), "what the evidence changed for the stored story: " + changed);
        assertTrue(changed.contains("Q3 2025"), changed);
        shots("09-saved");
        System.out.printf("a first check (paste, draft, edit one row, add evidence, save) took %.1f s in the browser%n", seconds);
    }

    static final String HOSTILE = "<script>window.__pwned=1;alert(1)</script><img src=x onerror=\"window.__pwned=2\">";

    @Test @Order(3)
    void aHostileArticleIsShownEverywhereWithoutRunning() throws Exception {
        open("/check");
        set("text", HOSTILE + " Halvorsen Robotics made $9 million in 2025. <svg onload=window.__pwned=3> <a href=\"javascript:alert(4)\">x</a>");
        set("title", HOSTILE + "Hostile");
        set("publisher", "\"><img src=x onerror=window.__pwned=5>");
        set("author", "<b onmouseover=window.__pwned=6>me</b>");
        set("published", "2025-11-07");
        set("url", "javascript:alert(7)");
        go("#draft");
        noAlertAndNoInjectedMarkup("the drafted form");
        // the figures inside the markup may be drafted too: keep only the real one
        int row = row("9 million");
        set("r" + row + ".statement", "<svg onload=window.__pwned=8> " + HOSTILE);
        set("r" + row + ".subject", "halvorsen-robotics");
        set("r" + row + ".metric", "revenue");
        set("r" + row + ".period", "2025");
        go("#save");
        assertTrue(css(".errors").getText().contains("field \"document.url\": \"javascript:alert(7)\" is not an http(s) address"),
                "a javascript: address is refused with the field named");
        noAlertAndNoInjectedMarkup("the refused form");
        set("url", "https://example.org/hostile");
        set("author", "javascript:alert(9)");
        go("#save");
        outcome();
        noAlertAndNoInjectedMarkup("the saved check");
        assertTrue(browser.getPageSource().contains("&lt;script&gt;window.__pwned=1"), "the hostile text is shown, escaped");
        String docUrl = css("#outcome a").getAttribute("href");
        shots("10-hostile-saved");

        browser.get(docUrl);
        noAlertAndNoInjectedMarkup("the hostile document");
        assertTrue(css("h1").getText().startsWith("<script>"), "the title reads as text");
        assertTrue(css(".meta").getText().contains("javascript:alert(9)"), "the javascript: author reads as text");
        assertTrue(browser.findElements(By.cssSelector("a")).stream().noneMatch(a -> String.valueOf(a.getAttribute("href")).startsWith("javascript")),
                "no javascript: link");
        shots("11-hostile-document");
        go(".card a.open");
        noAlertAndNoInjectedMarkup("the hostile claim");
        shots("12-hostile-claim");
        go(".claimpage .meta a[href^='/sources/']");
        noAlertAndNoInjectedMarkup("the hostile source's track record");
        open("/");
        noAlertAndNoInjectedMarkup("the list");
        shots("13-list-after-hostile");
    }

    @Test @Order(4)
    void theSparqlPageRunsANamedQuery() throws Exception {
        open("/query");
        go("ul.named a");
        go("#run");
        assertFalse(browser.findElements(By.cssSelector("#results tbody tr")).isEmpty(), "the named query's rows");
        assertTrue(css("a[download='results.csv']").getAttribute("href").contains("/sparql?query="), "CSV from the read-only endpoint");
        shots("14-query");
    }
}
