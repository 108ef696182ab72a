package nl.examenkamer.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by chromedriver, with a fresh profile under {@code target/}
 * and no background network traffic (STACK.md trap 1). Skips the test when Chromium is missing,
 * unless {@code EXAMENKAMER_STRICT=1}.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final List<String> WCAG_AA_AND_BEST_PRACTICE =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** A laptop-sized window. */
    public static Browser open(String base) {
        return open(base, new Dimension(1280, 900));
    }

    public static Browser open(String base, Dimension window) {
        Requirements.require(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium with chromedriver (apt-get install -y chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + freshProfile());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.SEVERE);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(window);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, base);
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(base + path);
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length()).replaceFirst(";jsessionid=[^?]*", "");
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the element shows the text, also across a page load or an AJAX update. */
    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .withMessage(() -> "text '" + text + "' in " + by)
                .until(d -> {
                    try {
                        return d.findElement(by).getText().contains(text);
                    } catch (WebDriverException replaced) {
                        if (beingReplaced(replaced)) {
                            return false;
                        }
                        throw replaced;
                    }
                });
    }

    /** Waits until the field shows and holds the value, also while an AJAX answer fills the form anew. */
    public void waitForValue(String id, String value) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .withMessage(() -> "value '" + value + "' in " + id)
                .until(d -> {
                    try {
                        WebElement field = d.findElement(By.id(id));
                        return field.isDisplayed() && value.equals(field.getAttribute("value"));
                    } catch (WebDriverException replaced) {
                        if (beingReplaced(replaced)) {
                            return false;
                        }
                        throw replaced;
                    }
                });
    }

    public void type(String id, String text) {
        whenReady(By.id(id), "a field to type into", field -> {
            field.clear();
            field.sendKeys(text);
        });
    }

    public void click(String id) {
        clickRefreshed(By.id(id));
    }

    /**
     * Clicks an element that the page may replace between finding and clicking it (a table that
     * refreshes itself, a form an AJAX answer re-renders): the element is found again, for up to 20 s.
     */
    public void clickRefreshed(By by) {
        whenReady(by, "a clickable element", WebElement::click);
    }

    /**
     * Does something with an element once it shows and is enabled, finding it again while the page
     * replaces it or an overlay still covers it. Waiting for the element and then acting on the one
     * found left a window in which an AJAX answer replaced it: the cause of most of the suite's
     * failures that went away on a second run.
     */
    private void whenReady(By by, String what, Consumer<WebElement> action) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .withMessage(() -> what + ": " + by)
                .until(d -> {
                    try {
                        WebElement element = d.findElement(by);
                        if (!element.isDisplayed() || !element.isEnabled()) {
                            return false;
                        }
                        action.accept(element);
                        return true;
                    } catch (ElementNotInteractableException notYet) {
                        // still covered by an overlay (an intercepted click is one of these) or hidden
                        return false;
                    } catch (WebDriverException replaced) {
                        if (beingReplaced(replaced)) {
                            return false;
                        }
                        throw replaced;
                    }
                });
    }

    /**
     * Whether an element went away under the test: not there (yet), stale, or, as Chromium 156 reports
     * an element read while its page is being replaced, a plain exception saying it "does not belong
     * to the document", which Selenium's own conditions do not expect.
     */
    private static boolean beingReplaced(WebDriverException problem) {
        return problem instanceof NoSuchElementException
                || problem instanceof StaleElementReferenceException
                || String.valueOf(problem.getMessage()).contains("does not belong to the document");
    }

    /** Clicks an element that a menu keeps hidden until hovered. */
    public void clickHidden(String id) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", driver.findElement(By.id(id)));
    }

    /**
     * Logs in and waits until the log-in page is left: a test that went on at once to another
     * page could cut the log-in short, and then met the log-in page where it expected its own.
     */
    public void logIn(String username, String password) {
        go("/login.xhtml");
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .withMessage(() -> "log-in as " + username + " did not complete: "
                        + driver.findElements(By.cssSelector(".ui-messages-error")).stream()
                                .map(WebElement::getText)
                                .toList())
                .until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
    }

    public void logOut() {
        clickHidden("navigation:logout");
        waitFor(By.id("login:username"));
    }

    /**
     * Chooses an option of a PrimeFaces select menu by its visible label. The value is looked up in
     * the menu's own option list and set through the widget's API, which is what its click handler
     * calls: clicking the animated panel itself proved flaky on a loaded machine.
     */
    public void select(String menuId, String label) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !!(window.PrimeFaces && PrimeFaces.getWidgetById(arguments[0]));", menuId)));
        WebElement option = driver.findElement(
                By.xpath("//select[@id='" + menuId + "_input']/option[normalize-space(.)='" + label + "']"));
        ((JavascriptExecutor) driver)
                .executeScript(
                        "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);",
                        menuId,
                        option.getAttribute("value"));
        // an editable menu shows its choice in an input, any other in a label
        wait.until(d -> {
            WebElement shown = d.findElement(By.cssSelector("[id='" + menuId + "'] .ui-selectonemenu-label"));
            return label.equals("input".equals(shown.getTagName()) ? shown.getAttribute("value") : shown.getText());
        });
    }

    /** Saves the page as target/screenshots/{name}.png: evidence for people, and help when a test fails. */
    public void screenshot(String name) {
        try {
            Path folder = Path.of(System.getProperty("examenkamer.it.tmp", "target/it-tmp"))
                    .resolveSibling("screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that a date picker's calendar button sits on its field's line, after it, and that the
     * field keeps at least minFieldWidth pixels for the date.
     */
    public void assertCalendarButtonBesideItsField(String datePickerId, int minFieldWidth) {
        List<?> at = (List<?>) script("var picker = document.getElementById('" + datePickerId + "');"
                + " var f = document.getElementById('" + datePickerId + "_input').getBoundingClientRect();"
                + " var b = picker.querySelector('.ui-datepicker-trigger').getBoundingClientRect();"
                + " return [Math.round(f.top), Math.round(b.top), Math.round(f.right), Math.round(b.left),"
                + " Math.round(f.width)];");
        String where = datePickerId + " at " + driver.manage().window().getSize() + ": ";
        assertEquals(at.get(0), at.get(1), where + "field and button on one line " + at);
        assertTrue(
                ((Number) at.get(2)).longValue() <= ((Number) at.get(3)).longValue(),
                where + "the button after the field " + at);
        assertTrue(((Number) at.get(4)).longValue() >= minFieldWidth, where + "the field keeps room for a date " + at);
    }

    /**
     * Asserts that no visible table cell cuts its text off: what does not fit a column is simply not
     * there for the reader.
     */
    public void assertNoTableCellCutsItsText(String page) {
        assertNoneFound(
                page,
                "table cells that cut their text off",
                "return Array.from(document.querySelectorAll('.ui-datatable th, .ui-datatable td'))"
                        + ".filter(function (c) { return c.offsetParent !== null && c.scrollWidth > c.clientWidth + 1; })"
                        + ".map(function (c) { return c.innerText.trim().substring(0, 40)"
                        + " + ' (' + c.scrollWidth + ' px in ' + c.clientWidth + ')'; });");
    }

    /**
     * Fails on a table wider than its card, where rows do not stack (from 768 px): its last columns,
     * often the notes or the buttons, sit behind a sideways scroll that a tablet hardly shows.
     */
    public void assertNoTableScrollsSideways(String page) {
        assertNoneFound(
                page,
                "tables that scroll sideways in their card",
                "return Array.from(document.querySelectorAll('.ui-datatable-tablewrapper'))"
                        + ".filter(function (w) { return w.offsetParent !== null && w.scrollWidth > w.clientWidth + 1; })"
                        + ".map(function (w) { var t = w.closest('.ui-datatable');"
                        + " return (t.id || 'a table') + ' (' + w.scrollWidth + ' px in ' + w.clientWidth + ')'; });");
    }

    /**
     * Fails on a date in a table that breaks over two lines: "2026-12-" above "05" reads as two things.
     * Running text ({@code ek-prose}, such as an audit entry's details) may break anywhere it must.
     */
    public void assertNoDateBrokenOverTwoLines(String page) {
        assertNoTextBrokenOverTwoLines(
                page, "dates broken over two lines", ".ui-datatable td:not(.ek-prose)", "/\\d{4}-\\d{2}-\\d{2}/g");
    }

    /**
     * Fails on a word broken inside itself in a table cell that is neither running text nor a code
     * ({@code ek-prose}, {@code ek-code} may break where they must): a name squeezed into a narrow
     * column read "kandid" above "aat22". A break after a hyphen, a soft hyphen (a column title's
     * "Kandidaat-nummer") or a dash (a time's "09:00–10:00") is a break between words. Checked where
     * a table's rows do not stack: on a phone a long address or case number must break somewhere.
     */
    public void assertNoWordBrokenOverTwoLines(String page) {
        assertNoTextBrokenOverTwoLines(
                page,
                "words broken over two lines",
                ".ui-datatable td:not(.ek-prose):not(.ek-code)",
                "/[^\\s\\-\\u00ad\\u2013]+[\\-\\u00ad\\u2013]?/g");
    }

    /** Fails on a piece of text, as the (global) regular expression finds them in the cells, shown on two lines. */
    private void assertNoTextBrokenOverTwoLines(String page, String what, String cells, String pieces) {
        assertNoneFound(
                page,
                what,
                "var found = [];"
                        + " document.querySelectorAll('" + cells + "').forEach(function (cell) {"
                        + "  if (cell.offsetParent === null) return;"
                        + "  var walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT), node;"
                        + "  while ((node = walker.nextNode())) {"
                        + "   var piece = " + pieces + ", m;"
                        + "   while ((m = piece.exec(node.data))) {"
                        + "    var range = document.createRange();"
                        + "    range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);"
                        + "    var tops = Array.from(range.getClientRects()).map(function (r) { return Math.round(r.top); });"
                        + "    if (new Set(tops).size > 1) found.push(m[0] + ' in ' + cell.innerText.trim().substring(0, 40));"
                        + "   } } });"
                        + " return found;");
    }

    /**
     * Opens every dialog, list and calendar of the page in turn, as a tap on it would, and finds those
     * that do not fit the window. What runs off a phone's screen there cannot be scrolled to: a dialog
     * of a laptop's width hid its close button and its confirming button, and a list of modules as wide
     * as its longest title showed the provider only the titles' ends. The window's width counts, as in
     * the other checks: a phone's scroll bar takes no room, so a calendar that reaches under a
     * desktop's does not count.
     */
    public void assertEveryOverlayFitsTheScreen(String page) {
        assertNoneFound(
                page,
                "dialogs, lists or calendars wider than the window",
                "var view = window.innerWidth, found = [], kinds = window.PrimeFaces && PrimeFaces.widget;"
                        + " if (!kinds) return found;"
                        + " function panelOf(w) {"
                        + "  if (kinds.Dialog && w instanceof kinds.Dialog) return w.cfg.dynamic ? null : w.jq;"
                        + "  if (kinds.SelectOneMenu && w instanceof kinds.SelectOneMenu) return w.panel;"
                        + "  if (kinds.DatePicker && w instanceof kinds.DatePicker) return w.cfg.inline ? null : w.panel;"
                        + "  return null; }"
                        + " Object.keys(PrimeFaces.widgets).forEach(function (name) {"
                        + "  var widget = PrimeFaces.widgets[name], panel = panelOf(widget);"
                        + "  var dialog = kinds.Dialog && widget instanceof kinds.Dialog;"
                        // a list or calendar in a closed dialog or a hidden part: out of a person's reach
                        + "  if (!panel || !panel.length || !dialog && !widget.jq.is(':visible')) return;"
                        + "  var open = dialog && widget.isVisible();"
                        + "  if (!open) widget.show();"
                        + "  var r = panel[0].getBoundingClientRect();"
                        + "  if (r.left < -1 || r.right > view + 1)"
                        + "   found.push(widget.id + ' from ' + Math.round(r.left) + ' to ' + Math.round(r.right) + ' px');"
                        + "  if (!open) widget.hide(); });"
                        + " return found;");
    }

    /**
     * Fails on a visible field or button that lies, wholly or partly, outside the card that holds it (or
     * the window): in a table wider than its card, it is reachable only by scrolling the table sideways.
     */
    public void assertNoControlOutsideItsCard(String page) {
        assertNoneFound(
                page,
                "fields or buttons outside their card, behind a sideways scroll",
                "var view = window.innerWidth;"
                        + " return Array.from(document.querySelectorAll("
                        + "'input, select, textarea, button, a.ui-button, .ui-selectonemenu'))"
                        + ".filter(function (e) {"
                        + " if (e.offsetParent === null || e.closest('.ui-helper-hidden-accessible, .ui-helper-hidden'))"
                        + " return false;"
                        + " var r = e.getBoundingClientRect(), card = (e.closest('.ek-card') || document.body)"
                        + ".getBoundingClientRect();"
                        + " return r.right > Math.min(view, card.right) + 1 || r.left < Math.max(0, card.left) - 1; })"
                        + ".map(function (e) { return e.id || e.name || e.className; });");
    }

    /**
     * Fails on a form's label that is not in the form's first column: a field the grid does not see as
     * one cell (two elements where one was meant) moves every label after it into the field column.
     */
    public void assertEveryFormLabelInItsColumn(String page) {
        assertNoneFound(
                page,
                "form labels out of the label column",
                "return Array.from(document.querySelectorAll('.ek-form > label'))"
                        + ".filter(function (label) {"
                        + " if (label.offsetParent === null) return false;"
                        + " var form = label.parentElement.getBoundingClientRect();"
                        + " return Math.abs(label.getBoundingClientRect().left - form.left) > 1; })"
                        + ".map(function (label) { return label.textContent.trim() || label.htmlFor; });");
    }

    /** Fails, naming the page, the window's size and what is wrong, when the script lists anything. */
    private void assertNoneFound(String page, String what, String listing) {
        assertEquals(
                List.of(),
                script(listing),
                page + " at " + driver.manage().window().getSize() + ": " + what);
    }

    /**
     * Runs axe-core's checks for WCAG 2.1 A and AA and its best practices on the page as it stands (names of fields, buttons and
     * links, labels, contrast, ARIA) and fails on any violation but one that PrimeFaces' own markup makes
     * and that an application cannot change: see {@link #primeFacesMarkup}.
     */
    public void assertNoAccessibilityViolations(String page) {
        Results results = new AxeBuilder().withTags(WCAG_AA_AND_BEST_PRACTICE).analyze(driver);
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                if (!primeFacesMarkup(rule.getId(), node.getHtml())) {
                    violations.add(rule.getId() + " " + node.getTarget() + ": " + rule.getHelp());
                }
            }
        }
        assertEquals(List.of(), violations, page + ": accessibility violations (axe-core, WCAG 2.1 AA)");
        assertNoConsoleErrors(page);
    }

    /**
     * Fails on any error the browser logged since the last look: a script that threw, a resource that
     * did not load. A person sees none of them, yet each is a page that does less than it should.
     */
    public void assertNoConsoleErrors(String page) {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
        assertEquals(List.of(), errors, page + " and the pages before it: errors in the browser's console");
    }

    /**
     * A date picker's icon button holds the text "ui-button", hidden, beside its aria-label: PrimeFaces'
     * markup, not this application's.
     */
    private static boolean primeFacesMarkup(String rule, String html) {
        return rule.equals("label-content-name-mismatch") && html.contains("ui-datepicker-trigger");
    }

    public Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String freshProfile() {
        try {
            Path scratch = Path.of(System.getProperty("examenkamer.it.tmp", "target/it-tmp"));
            Files.createDirectories(scratch);
            File profile =
                    Files.createTempDirectory(scratch, "chromium-profile-").toFile();
            return profile.getAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
