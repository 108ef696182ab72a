package nl.examenkamer.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.examenkamer.shared.ClockProducer;
import nl.examenkamer.testing.Api;
import nl.examenkamer.testing.Browser;
import nl.examenkamer.testing.Deployments;
import nl.examenkamer.testing.OralExamSetup;
import nl.examenkamer.testing.TestAccounts;
import nl.examenkamer.testing.TestAccounts.Credentials;
import nl.examenkamer.testing.TestDatabase;
import nl.examenkamer.testing.TrainingProvider;
import nl.examenkamer.testing.WrittenExam;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentest4j.AssertionFailedError;

/** What a person does in a real (headless) Chromium: log in per role, language, account administration. */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

    /**
     * Tests of how pages lay out in Chromium, which the database under them does not change: CI runs them
     * in the embedded pass and leaves them out of the PostgreSQL pass ({@code -DexcludedGroups=layout}).
     */
    static final String LAYOUT = "layout";

    /** An oral exam day no other test plans. */
    private static final LocalDate ORAL_DAY = LocalDate.of(2027, 5, 18);

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.examenkamer();
    }

    @ArquillianResource
    private URL url;

    private String base;

    @BeforeEach
    void base() throws Exception {
        base = url.toString();
        Deployments.requireHealthy(url.toURI());
    }

    @Test
    void everyRoleLogsInAndSeesItsOwnHomePage() throws Exception {
        String provider = TestAccounts.createProvider(url.toURI());
        Map<String, Credentials> accounts = Map.of(
                "candidateHome", TestAccounts.create(url.toURI(), "CANDIDATE"),
                "examinerHome", TestAccounts.create(url.toURI(), "EXAMINER"),
                "providerHome", TestAccounts.create(url.toURI(), "PROVIDER", provider, "Pien Opleider"),
                "boardHome", TestAccounts.create(url.toURI(), "BOARD"));
        try (Browser browser = Browser.open(base)) {
            for (Map.Entry<String, Credentials> entry : accounts.entrySet()) {
                browser.go("/");
                browser.waitFor(By.id("login:username"));
                assertTrue(
                        browser.path().startsWith("/login.xhtml"),
                        "anonymous visitors land on the log-in page: " + browser.path());
                browser.logIn(entry.getValue().username(), entry.getValue().password());
                browser.waitFor(By.id(entry.getKey()));
                assertTrue(
                        browser.driver()
                                .getPageSource()
                                .contains(entry.getValue().username()),
                        "the menu names the user");
                browser.logOut();
                assertTrue(
                        browser.driver()
                                        .findElement(By.id("messages"))
                                        .getText()
                                        .contains("uitgelogd")
                                || browser.driver().getPageSource().contains("uitgelogd"),
                        "says the user has logged out");
            }
        }
    }

    @Test
    void aPageWhoseSessionEndedSaysWhyAtTheLogInAndLeadsBackToItself() throws Exception {
        Credentials board = TestAccounts.create(url.toURI(), "BOARD");
        String provider = TestAccounts.createProvider(url.toURI());
        try (Browser browser = Browser.open(base)) {
            browser.logIn(board.username(), board.password());
            browser.waitFor(By.id("boardHome"));
            browser.go("/board/provider.xhtml?code=" + provider);
            browser.type("keys:label", "Sleutel na de pauze");
            browser.driver().manage().deleteAllCookies(); // the session ends while the page stands open

            browser.click("keys:issue");

            browser.waitFor(By.id("login:username"));
            assertTrue(
                    browser.driver().getPageSource().contains("U bent niet meer ingelogd: na 30 minuten zonder"),
                    "the log-in page says why the person is there");
            browser.logIn(board.username(), board.password());
            browser.waitFor(By.id("keys:label"));
            assertEquals("/board/provider.xhtml?code=" + provider, browser.path(), "back on the page that was open");
        }
        assertEquals(
                0,
                TestAccounts.board(url.toURI())
                        .get("/api/v1/providers/" + provider + "/api-keys")
                        .array()
                        .size(),
                "nothing of the update without a session was stored");
    }

    @Test
    void aCandidateWhoOpensABoardPageIsRefused() throws Exception {
        Credentials candidate = TestAccounts.create(url.toURI(), "CANDIDATE");
        try (Browser browser = Browser.open(base)) {
            browser.logIn(candidate.username(), candidate.password());
            browser.waitFor(By.id("candidateHome"));
            browser.go("/board/accounts.xhtml");
            assertEquals("403", browser.waitFor(By.id("errorStatus")).getText());
            assertEquals(
                    "Geen toegang",
                    browser.driver().findElement(By.id("errorTitle")).getText());
        }
    }

    @Test
    void theLanguageSwitchTurnsThePageIntoEnglishAndBack() {
        try (Browser browser = Browser.open(base)) {
            browser.go("/login.xhtml");
            browser.waitForText(By.tagName("h1"), "Inloggen");
            browser.click("language:toEnglish");
            browser.waitForText(By.tagName("h1"), "Log in");
            assertTrue(browser.driver()
                    .findElement(By.cssSelector("label[for='login:username']"))
                    .getText()
                    .startsWith("User name"));
            browser.click("language:toDutch");
            browser.waitForText(By.tagName("h1"), "Inloggen");
        }
    }

    @Test
    void aCandidateWhoSwitchesToEnglishIsMailedInEnglishFromThenOn() throws Exception {
        WrittenExam exam = WrittenExam.planNow(url.toURI());
        WrittenExam.Candidate emma = exam.newCandidate();
        try (Browser browser = Browser.open(base)) {
            browser.logIn(emma.account().username(), emma.account().password());
            browser.waitFor(By.id("candidateHome"));
            browser.click("language:toEnglish");
            browser.waitForText(By.tagName("h1"), "My exams");
        }
        exam.enrol(emma.number());
        Map<String, Object> mail = TestDatabase.row(
                "SELECT m.subject, m.body FROM mail_outbox m JOIN candidate c ON c.email = m.recipient"
                        + " WHERE c.candidate_number = ?",
                emma.number());
        assertTrue(((String) mail.get("subject")).startsWith("Enrolment "), mail.toString());
        assertTrue(((String) mail.get("body")).startsWith("Dear " + emma.fullName() + ","), mail.toString());
    }

    @Test
    void theBoardCreatesAnAccountAndTheNewUserChoosesAPasswordFirst() throws Exception {
        Credentials board = TestAccounts.create(url.toURI(), "BOARD");
        String newUser = TestAccounts.unique("nieuw");
        String temporary;
        try (Browser browser = Browser.open(base)) {
            browser.logIn(board.username(), board.password());
            browser.waitFor(By.id("boardHome"));
            browser.go("/board/accounts.xhtml");
            browser.click("accounts:newAccount");
            browser.type("newAccount:username", newUser);
            browser.type("newAccount:displayName", "Nina Nieuw");
            browser.type("newAccount:email", newUser + "@example.org");
            browser.driver()
                    .findElement(By.cssSelector("label[for='newAccount:roles:0']"))
                    .click();
            browser.click("newAccount:create");
            temporary = browser.waitFor(By.id("temporaryPassword")).getText().trim();
            assertEquals(16, temporary.length(), "a 16-character temporary password is shown once");
            browser.click("issued:done");
            browser.logOut();

            browser.logIn(newUser, temporary);
            browser.waitFor(By.id("mustChange"));
            assertEquals("/account/password.xhtml", browser.path(), "sent to the password page first");
            browser.go("/candidate/index.xhtml");
            browser.waitFor(By.id("mustChange"));
            browser.type("password:current", temporary);
            browser.type("password:new", "mijn eigen lange wachtwoord");
            browser.type("password:repeat", "mijn eigen lange wachtwoord");
            browser.click("password:change");
            browser.waitFor(By.id("candidateHome"));
        }
    }

    @Test
    @Tag(LAYOUT)
    void pagesFitAPhoneScreenWithoutSidewaysScrolling() throws Exception {
        Credentials board = TestAccounts.create(url.toURI(), "BOARD");
        for (Dimension screen : new Dimension[] {new Dimension(375, 812), new Dimension(820, 1180)}) {
            try (Browser browser = Browser.open(base, screen)) {
                browser.go("/login.xhtml");
                browser.waitFor(By.id("login:username"));
                assertFitsWidth(browser, screen, "log-in page");
                Number share = (Number) browser.script("var field = document.getElementById('login:username');"
                        + " return field.getBoundingClientRect().width"
                        + " / field.closest('.ek-card').getBoundingClientRect().width;");
                assertTrue(
                        share.doubleValue() > 0.8,
                        screen + ": the user name field takes the log-in card's width, not " + share);
                browser.logIn(board.username(), board.password());
                browser.waitFor(By.id("boardHome"));
                assertFitsWidth(browser, screen, "board home");
                // a title with a long Dutch compound ("Werkgeversaansprakelijkheid:") wraps
                browser.go("/board/item.xhtml?code=AA-01");
                browser.waitFor(By.id("itemTitle"));
                assertFitsWidth(browser, screen, "an item of the bank");
            }
        }
    }

    @Test
    void theBoardsHomePageLeadsToEveryBoardPageOfTheMenu() throws Exception {
        assertTheHomePageLinksEveryPageOfTheMenu(
                TestAccounts.create(url.toURI(), "BOARD"), "boardHome", "boardLinks", "/board/", 10);
    }

    @Test
    void aProvidersHomePageLeadsToEveryProviderPageOfTheMenu() throws Exception {
        String provider = TestAccounts.createProvider(url.toURI());
        assertTheHomePageLinksEveryPageOfTheMenu(
                TestAccounts.create(url.toURI(), "PROVIDER", provider, "Pien Opleider"),
                "providerHome",
                "providerLinks",
                "/provider/",
                3);
    }

    private void assertTheHomePageLinksEveryPageOfTheMenu(
            Credentials account, String home, String links, String prefix, int menuPagesAtLeast) {
        try (Browser browser = Browser.open(base)) {
            browser.logIn(account.username(), account.password());
            browser.waitFor(By.id(home));
            List<?> paths = (List<?>) ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "var links = arguments[0], prefix = arguments[1];"
                                    + " function paths(selector) {"
                                    + " return Array.from(document.querySelectorAll(selector + ' a[href]'))"
                                    + " .map(function (a) { return new URL(a.href).pathname; })"
                                    + " .filter(function (p) { return p.indexOf(prefix) === 0 && p !== location.pathname; }); }"
                                    + " return [paths('#navigation'), paths('#' + links)];",
                            links,
                            prefix);
            List<?> menu = (List<?>) paths.get(0);
            List<?> linked = (List<?>) paths.get(1);
            assertTrue(menu.size() >= menuPagesAtLeast, "the menu: " + menu);
            assertEquals(
                    List.of(),
                    menu.stream().filter(path -> !linked.contains(path)).toList(),
                    "pages of the menu that the home page does not link");
        }
    }

    /** A role's pages: those its menu and home page link to under its prefix, and pages with parameters. */
    private record RolePages(String prefix, Credentials account, int menuPagesAtLeast, List<String> more) {}

    /**
     * Every page of the menu of each role, and the pages of one provider, candidate, written session,
     * oral exam and item, on a laptop, a tablet held upright (820 and 768 px), a phone held sideways
     * and a phone held upright, in Dutch, whose long compounds are what overflow: no page scrolls
     * sideways, no table cell cuts its text off, no field or button sits outside its card where only
     * a sideways scroll inside the card would reach it, and no form's label has slid into the field column. On the laptop, axe-core finds no violation of
     * WCAG 2.1 AA (names, labels, contrast, ARIA), on the log-in page either.
     */
    @Test
    @Tag(LAYOUT)
    void noPageHidesTextOrAButtonOnAPhoneATabletOrALaptop() throws Exception {
        List<RolePages> roles = rolesWithOneOfEach(url.toURI());
        List<String> problems = new ArrayList<>();
        Dimension[] screens = {
            new Dimension(1280, 900),
            new Dimension(820, 1180),
            new Dimension(768, 1024),
            new Dimension(700, 390),
            new Dimension(390, 844)
        };
        // One browser per role, its window resized for each screen and every page loaded anew at
        // that size: a browser and a log-in per screen cost the suite about a minute and showed no more.
        for (RolePages role : roles) {
            try (Browser browser = Browser.open(base, screens[0])) {
                if (role == roles.get(0)) {
                    browser.go("/login.xhtml");
                    browser.waitFor(By.id("login:username"));
                    browser.assertNoAccessibilityViolations("/login.xhtml");
                }
                browser.logIn(role.account().username(), role.account().password());
                browser.waitFor(By.id("navigation"));
                List<String> pages = pagesOf(browser, role);
                for (Dimension screen : screens) {
                    browser.driver().manage().window().setSize(screen);
                    browser.go(pages.get(0));
                    long inner = ((Number) browser.script("return window.innerWidth")).longValue();
                    assertEquals(screen.getWidth(), inner, "the pages are checked at " + screen);
                    boolean laptop = screen.getWidth() == 1280;
                    for (String page : pages) {
                        browser.go(page);
                        browser.waitFor(By.id("navigation"));
                        List<Runnable> checks = new ArrayList<>(List.of(
                                () -> assertFitsWidth(browser, screen, page),
                                () -> browser.assertNoTableCellCutsItsText(page),
                                () -> browser.assertNoControlOutsideItsCard(page),
                                () -> browser.assertNoDateBrokenOverTwoLines(page),
                                () -> browser.assertEveryFormLabelInItsColumn(page)));
                        if (screen.getWidth() >= 768) { // below, rows stack
                            checks.add(() -> browser.assertNoTableScrollsSideways(page));
                            checks.add(() -> browser.assertNoWordBrokenOverTwoLines(page));
                        }
                        if (laptop) {
                            checks.add(() -> browser.assertNoAccessibilityViolations(page));
                        }
                        checks.add(() -> browser.assertEveryOverlayFitsTheScreen(page)); // last: it opens them
                        for (Runnable check : checks) {
                            try {
                                check.run();
                            } catch (AssertionFailedError problem) {
                                problems.add(problem.getMessage());
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems, "every problem of every page at every width, so one run shows them all");
    }

    /**
     * The four roles, with one provider (a module, a candidate with hours), a written session with that
     * candidate and another who takes it, and an oral exam of the first, for the pages with parameters.
     */
    private static List<RolePages> rolesWithOneOfEach(URI site) {
        TrainingProvider provider = TrainingProvider.create(site);
        provider.module("AG-1", "arbeid-en-gezondheid", "8", "12");
        String candidate = provider.candidate("Maria-Louise van Oldenbarnevelt-Schimmelpenninck");
        Api.Response recorded = provider.api()
                .post(
                        "/api/v1/attendance",
                        "[{\"rowId\":\"R1\",\"candidateNumber\":\"" + candidate + "\",\"moduleCode\":\"AG-1\","
                                + "\"date\":\"2026-03-12\",\"contactHours\":6,\"studyLoadHours\":10}]");
        assertEquals(201, recorded.status(), recorded.body());
        WrittenExam written = WrittenExam.planNow(site);
        written.enrol(candidate);
        WrittenExam.Candidate taking = written.newCandidate();
        OralExamSetup oral = new OralExamSetup(site);
        long room = oral.day(ORAL_DAY, "Zaal B").get(0);
        oral.markEligible(candidate, "RCCM");
        OralExamSetup.Examiner chair =
                oral.examiner(TestAccounts.unique("Vera Voorzitter"), List.of("RCCM"), List.of(), ORAL_DAY);
        OralExamSetup.Examiner second =
                oral.examiner(TestAccounts.unique("Wim Tweede"), List.of("RCCM"), List.of(), ORAL_DAY);
        long oralExam = oral.planned(candidate, "RCCM", room, ORAL_DAY + "T09:00", chair, second);
        return List.of(
                new RolePages(
                        "/board/",
                        TestAccounts.create(site, "BOARD"),
                        10,
                        List.of(
                                "/board/provider.xhtml?code=" + provider.code(),
                                "/board/candidate.xhtml?number=" + candidate,
                                "/board/session.xhtml?code=" + written.code(),
                                "/board/oral-exam.xhtml?id=" + oralExam,
                                "/board/item.xhtml?code=AA-01")),
                new RolePages(
                        "/provider/",
                        TestAccounts.create(site, "PROVIDER", provider.code(), "Pien Opleider"),
                        3,
                        List.of()),
                new RolePages("/examiner/", chair.account(), 1, List.of("/examiner/oral.xhtml?id=" + oralExam)),
                new RolePages("/candidate/", taking.account(), 1, List.of()));
    }

    /** The pages the role's menu and home page link to under its prefix, then its pages with parameters. */
    private static List<String> pagesOf(Browser browser, RolePages role) {
        List<String> pages = new ArrayList<>();
        for (Object page : (List<?>) browser.script("return Array.from(new Set("
                + " Array.from(document.querySelectorAll('#navigation a[href], .ek-card a[href]'))"
                + " .map(function (a) { var u = new URL(a.href); return u.pathname + u.search; })"
                + " .filter(function (p) { return p.indexOf('" + role.prefix() + "') === 0; })));")) {
            pages.add(page.toString());
        }
        assertTrue(pages.size() >= role.menuPagesAtLeast(), "the pages under " + role.prefix() + ": " + pages);
        pages.addAll(role.more());
        return pages;
    }

    /** A page of one candidate, provider, item, session or oral exam, opened without saying which. */
    @Test
    void aDetailPageWithNothingToShowSaysWhyInThePageAndLinksToWhereToChooseOne() throws Exception {
        URI site = url.toURI();
        // page -> what the page must say, and the list it must link to
        Map<Credentials, Map<String, List<String>>> pages = Map.of(
                TestAccounts.create(site, "BOARD"),
                Map.of(
                        "/board/candidate.xhtml", List.of("Er is geen kandidaat gekozen: open ", "/board/candidates"),
                        "/board/candidate.xhtml?number=onzin",
                                List.of("Er is geen kandidaat met nummer onzin.", "/board/candidates"),
                        "/board/provider.xhtml", List.of("Er is geen opleider gekozen: open ", "/board/providers"),
                        "/board/item.xhtml", List.of("Er is geen item gekozen: open ", "/board/items"),
                        "/board/item.xhtml?code=XX-999&version=x",
                                List.of("Er is geen item met code XX-999.", "/board/items"),
                        "/board/session.xhtml", List.of("Er is geen examenzitting gekozen: open ", "/board/sessions"),
                        "/board/oral-exam.xhtml", List.of("Er is geen mondeling examen gekozen: open ", "/board/oral"),
                        "/board/oral-exam.xhtml?id=abc", List.of("Mondeling examen abc bestaat niet.", "/board/oral"),
                        "/board/oral-exam.xhtml?id=987654321",
                                List.of("Mondeling examen 987654321 bestaat niet.", "/board/oral")),
                TestAccounts.create(site, "EXAMINER", null, "Eva Examinator"),
                Map.of(
                        "/examiner/oral.xhtml",
                                List.of("Er is geen mondeling examen gekozen: open ", "/examiner/index"),
                        "/examiner/oral.xhtml?id=-3", List.of("Mondeling examen -3 bestaat niet.", "/examiner/index")),
                TestAccounts.create(site, "CANDIDATE"),
                Map.of(
                        "/candidate/exam.xhtml", List.of("Er is geen examenzitting gekozen: open ", "/candidate/index"),
                        "/candidate/exam.xhtml?session=NOPE",
                                List.of("U bent niet ingeschreven voor examenzitting NOPE.", "/candidate/index")));
        for (Map.Entry<Credentials, Map<String, List<String>>> role : pages.entrySet()) {
            try (Browser browser = Browser.open(base)) {
                browser.logIn(role.getKey().username(), role.getKey().password());
                browser.waitFor(By.id("navigation"));
                for (Map.Entry<String, List<String>> page : role.getValue().entrySet()) {
                    browser.go(page.getKey());
                    String why = browser.waitFor(By.cssSelector("#nothingToShow .ek-notice"))
                            .getText();
                    assertTrue(
                            why.startsWith(page.getValue().get(0)),
                            page.getKey() + " says in the page why it is empty, not 'null' or 'examen 0': " + why);
                    String choose =
                            browser.driver().findElement(By.id("chooseFrom")).getAttribute("href");
                    assertTrue(
                            choose.endsWith(page.getValue().get(1) + ".xhtml"),
                            page.getKey() + " links to where to choose one: " + choose);
                }
            }
        }
        try (Browser browser = Browser.open(base)) {
            Credentials board = TestAccounts.create(site, "BOARD");
            browser.logIn(board.username(), board.password());
            browser.waitFor(By.id("boardHome"));
            browser.go("/board/item.xhtml?code=AA-01&version=x");
            browser.waitFor(By.id("itemTitle"));
            assertTrue(
                    browser.driver().findElements(By.id("nothingToShow")).isEmpty(),
                    "an item asked for with a version that is not a number shows its current version");
        }
    }

    @Test
    void aFieldTheServerRefusesSaysWhyAndEachMessageShowsOnce() throws Exception {
        Credentials board = TestAccounts.create(url.toURI(), "BOARD");
        try (Browser browser = Browser.open(base)) {
            browser.go("/login.xhtml");
            browser.type("login:username", board.username());
            browser.type("login:password", "not the password");
            browser.driver().findElement(By.id("login:password")).sendKeys(Keys.ENTER);
            browser.waitForText(By.id("login:loginMessages"), "onjuist");
            assertEquals(
                    1, shownMessagesSaying(browser, "onjuist"), "the log-in page says it once, not also in a growl");

            browser.logIn(board.username(), board.password());
            browser.waitFor(By.id("boardHome"));
            for (String typed : List.of("2020-01-10", "10 januari")) {
                browser.go("/board/sessions.xhtml");
                browser.type("plan:date_input", typed);
                browser.driver().findElement(By.id("plan:date_input")).sendKeys(Keys.ESCAPE);
                browser.click("plan:create");
                String said = browser.waitFor(By.cssSelector(".ui-growl-title")).getText();
                assertTrue(
                        said.startsWith("Datum: ")
                                && (said.contains(LocalDate.now(ClockProducer.ZONE)
                                                .toString())
                                        || said.contains("'" + typed + "'")),
                        typed + ": a date in the past or one it cannot read is named with its field and why, not only"
                                + " a red field: " + said);
                assertFalse(said.contains("Validatiefout"), typed + ": in the page's own words: " + said);
                assertEquals(1, shownMessagesSaying(browser, "Datum: "), typed + ": said once");
                assertEquals(
                        typed,
                        browser.driver().findElement(By.id("plan:date_input")).getAttribute("value"),
                        "what the message names is still in the field to correct");
            }
        }
    }

    @Test
    void theBoardNarrowsTheAuditLogReadInWordsAndASwappedPeriodIsRefusedAtItsField() throws Exception {
        Credentials board = TestAccounts.create(url.toURI(), "BOARD");
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        By rows = By.cssSelector("[id='audit:entries'] tbody tr");
        try (Browser browser = Browser.open(base)) {
            browser.logIn(board.username(), board.password());
            browser.waitFor(By.id("boardHome"));
            browser.go("/board/audit.xhtml");
            // the object's type and the action are chosen and shown by their Dutch names
            browser.select("audit:objectType", "Account");
            browser.type("audit:objectId", board.username());
            browser.click("audit:filter");
            // the unfiltered list shows this account's entries too: wait for the filtered one
            List<String> aboutTheAccount = rowsWhereEach(browser, rows, "Account " + board.username());
            assertTrue(
                    aboutTheAccount.stream().anyMatch(row -> row.contains("Account aangemaakt")),
                    aboutTheAccount.toString());
            assertTrue(
                    aboutTheAccount.stream().noneMatch(row -> row.contains("account.created")),
                    "the board reads what happened, not its code: " + aboutTheAccount);
            assertEquals(
                    "account.created",
                    browser.driver()
                            .findElement(By.xpath("//td/span[normalize-space(.)='Account aangemaakt']"))
                            .getAttribute("title"),
                    "the code is at hand for the API");
            browser.select("audit:action", "Account aangemaakt");
            browser.click("audit:filter");
            List<String> narrowed = rowsWhereEach(browser, rows, "Account aangemaakt");
            assertEquals(1, narrowed.size(), narrowed.toString());
            // the details in words too; the API keeps them as recorded ("roles=[BOARD]")
            assertTrue(narrowed.get(0).contains("Rollen: [BOARD]"), narrowed.toString());
            List<String> paginators = browser.driver().findElements(By.cssSelector(".ui-paginator")).stream()
                    .map(paginator -> paginator.getAttribute("aria-label"))
                    .toList();
            assertEquals(2, paginators.size(), paginators.toString());
            assertTrue(
                    paginators.get(0).startsWith("Paginering: ")
                            && paginators.get(0).endsWith(", boven")
                            && paginators.get(1).endsWith(", onder"),
                    "a screen reader tells the table's two page bars apart, also after the filter's update: "
                            + paginators);

            browser.type("audit:from_input", today.toString());
            browser.type("audit:until_input", today.minusDays(1).toString());
            browser.click("audit:filter");
            browser.waitForText(
                    By.cssSelector(".ui-growl"),
                    "De periode eindigt (" + today.minusDays(1) + ") vóór zij begint (" + today + ")");
            assertEquals(
                    narrowed,
                    browser.driver().findElements(rows).stream()
                            .map(row -> row.getText())
                            .toList(),
                    "a refused period leaves the list as it was, not empty as if nothing happened");
        }
    }

    /** The rows once every one shows the text: a filter's update replaces them while they are read. */
    private static List<String> rowsWhereEach(Browser browser, By rows, String text) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .withMessage("only rows with " + text)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<String> shown = d.findElements(rows).stream()
                            .map(WebElement::getText)
                            .toList();
                    return !shown.isEmpty() && shown.stream().allMatch(row -> row.contains(text)) ? shown : null;
                });
    }

    @Test
    void aFailedRequestOfAPageSaysSoWithItsIncidentNumber() throws Exception {
        Credentials board = TestAccounts.create(url.toURI(), "BOARD");
        // A table page asked for with a row number that is not a number: a request the page never
        // sends itself, and the surest way to make the server fail from outside.
        String pageAt = "[{name: 'audit:entries_pagination', value: true}, {name: 'audit:entries_first', value: 'x'},"
                + " {name: 'audit:entries_rows', value: 50}, {name: 'audit:entries_encodeFeature', value: true}]";
        String number = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
        try (Browser browser = Browser.open(base)) {
            browser.logIn(board.username(), board.password());
            browser.waitFor(By.id("boardHome"));
            browser.go("/board/audit.xhtml");
            browser.type("audit:actor", "typed before the failure");
            String fail = "PrimeFaces.ab({source: 'audit:entries', formId: 'audit', process: 'audit:entries',"
                    + " update: 'audit:entries', params: " + pageAt + "})";
            browser.script(fail);
            By incidents = By.id("pageIncidents_container");
            browser.waitForText(incidents, "incidentnummer");
            String said = browser.driver().findElement(incidents).getText();
            assertTrue(
                    said.matches(
                            "(?s).*Wat u invulde, staat nog op de pagina\\. Noem bij uw melding het incidentnummer "
                                    + number + "\\..*"),
                    "a failed ajax request says so with a number to report, not a button that does nothing: " + said);
            assertTrue(browser.path().endsWith("/board/audit.xhtml"), browser.path());
            assertEquals(
                    "typed before the failure",
                    browser.driver().findElement(By.id("audit:actor")).getAttribute("value"),
                    "what was typed is still on the page");
            browser.click("audit:filter");
            browser.waitForText(By.id("audit:entries"), "Geen resultaten");
            Thread.sleep(6_500);
            assertEquals(
                    said,
                    browser.driver().findElement(incidents).getText(),
                    "the number stays until closed: past the page's next request and the six seconds other messages"
                            + " get");
            browser.script(fail);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(driver -> !driver.findElement(incidents).getText().equals(said));
            assertEquals(
                    1,
                    browser.driver()
                            .findElements(By.cssSelector("[id='pageIncidents_container'] .ui-growl-item-container"))
                            .size(),
                    "a failure that repeats shows its latest number, not a growing stack");

            browser.go("/board/audit.xhtml");
            browser.waitFor(By.id("audit:entries"));
            browser.script("const form = document.getElementById('audit');"
                    + " for (const field of " + pageAt + ") {"
                    + "   const input = document.createElement('input');"
                    + "   input.type = 'hidden'; input.name = field.name; input.value = field.value;"
                    + "   form.appendChild(input);"
                    + " }"
                    + " form.submit();");
            String page = browser.waitFor(By.id("incident")).getText();
            assertTrue(
                    page.matches("(?s).*incidentnummer " + number + ":.*"),
                    "a failed page request leads to the error page with its number: " + page);
            assertEquals(
                    "500", browser.driver().findElement(By.id("errorStatus")).getText());

            browser.go("/error?incident=%3Cb%3Eforged%3C%2Fb%3E");
            browser.waitFor(By.id("errorStatus"));
            assertTrue(
                    browser.driver().findElements(By.id("incident")).isEmpty(),
                    "only an incident number is shown as one");
        }
    }

    private static long shownMessagesSaying(Browser browser, String text) {
        return browser.driver().findElements(By.cssSelector(".ui-growl-title, .ui-messages li")).stream()
                .filter(message -> message.getText().contains(text))
                .count();
    }

    @Test
    @Tag(LAYOUT)
    void aDatePickersCalendarButtonSitsBesideItsField() throws Exception {
        Credentials board = TestAccounts.create(url.toURI(), "BOARD");
        for (Dimension screen : new Dimension[] {new Dimension(1280, 900), new Dimension(820, 1180)}) {
            try (Browser browser = Browser.open(base, screen)) {
                browser.logIn(board.username(), board.password());
                browser.waitFor(By.id("boardHome"));
                browser.go("/board/sessions.xhtml");
                browser.waitFor(By.id("plan:date_input"));
                browser.assertCalendarButtonBesideItsField("plan:date", 72);
            }
        }
    }

    private static void assertFitsWidth(Browser browser, Dimension screen, String page) {
        long scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) browser.script("return window.innerWidth")).longValue();
        assertTrue(
                scrollWidth <= viewport,
                page + " at " + screen + ": content " + scrollWidth + "px wide in a " + viewport + "px window");
    }
}
