package io.rapport.sample.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.importer.ImportPlan;
import io.rapport.core.importer.ImportPlanner;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.model.AccountRef;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.Dataset;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ProjectStoreProvider;
import io.rapport.core.store.ProjectSummary;
import io.rapport.sample.SampleProjects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sample project as a user gets it: created through the {@link SampleProjects} service with the real
 * DuckDB store and the real channel importers, then checked with the queries an analyst would run.
 */
class SampleProjectTest {
    /** Addressed to us, as defined in DESIGN.md ("Metric definitions"), over the store's view. */
    private static final String ADDRESSED = """
            SELECT x.channel, x.source_id, x.created_at, x.text, x.kind, x.rating FROM interactions_v x
            WHERE x.direction = 'inbound' AND (
                 EXISTS (SELECT 1 FROM interactions_v p WHERE p.channel = x.channel
                         AND p.source_id = x.in_reply_to AND p.direction = 'outbound')
              OR EXISTS (SELECT 1 FROM project_actors a WHERE a.channel = x.channel AND a.role = 'our_account'
                         AND list_contains(x.mentions, a.handle))
              OR (x.in_reply_to IS NULL AND x.kind = 'post'
                  AND EXISTS (SELECT 1 FROM project_spaces s WHERE s.channel = x.channel AND s.name = x.space))
              OR x.kind IN ('review', 'ticket'))""";
    /** Each addressed interaction with the time of its response (the earliest outbound reply), or null. */
    private static final String RESPONSES = "WITH addressed AS (" + ADDRESSED + ") SELECT a.*, "
            + "(SELECT min(o.created_at) FROM interactions_v o WHERE o.channel = a.channel "
            + "AND o.in_reply_to = a.source_id AND o.direction = 'outbound' AND o.created_at >= a.created_at) "
            + "AS responded_at FROM addressed a";

    @TempDir
    static Path temp;
    private static ServiceTracker<SampleProjects, SampleProjects> samples;
    private static ServiceTracker<ProjectStoreProvider, ProjectStoreProvider> stores;
    private static ProjectStore project;
    private static Duration creation;

    @BeforeAll
    static void createTheSample() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(SampleProjectTest.class).getBundleContext();
        samples = new ServiceTracker<>(context, SampleProjects.class, null);
        samples.open();
        stores = new ServiceTracker<>(context, ProjectStoreProvider.class, null);
        stores.open();
        assertNotNull(samples.waitForService(20_000), "the SampleProjects service is not available");
        assertNotNull(stores.waitForService(20_000), "no ProjectStoreProvider service");
        Instant start = Instant.now();
        project = samples.getService().create(temp.resolve("sample"), new NullProgressMonitor());
        creation = Duration.between(start, Instant.now());
    }

    @AfterAll
    static void closeTheSample() {
        if (project != null) {
            project.close();
        }
        samples.close();
        stores.close();
    }

    @Test
    void twoSampleProjectsHoldTheSameDatasetsInteractionsAndSurvey() throws Exception {
        try (ProjectStore again = samples.getService().create(temp.resolve("again"), new NullProgressMonitor())) {
            assertEquals(project.settings(), again.settings());
            assertEquals(datasetFacts(project), datasetFacts(again));
            String content = "SELECT channel, source_id, kind, author_handle, author_role, author_department, "
                    + "created_at, text, in_reply_to, thread_id, space, url, rating, likes, shares, replies, "
                    + "language, mentions, raw FROM interactions ORDER BY channel, source_id";
            assertEquals(hash(project, content), hash(again, content), "the interactions differ");
            assertEquals(Files.readString(survey(project)), Files.readString(survey(again)), "the surveys differ");
        }
    }

    @Test
    void theProjectKnowsTheCompanysAccountsStaffAndSpaces() {
        ProjectSettings settings = project.settings();
        assertTrue(settings.ourAccounts().stream().map(AccountRef::channel).distinct().count() >= 5,
                "brand accounts on several channels: " + settings.ourAccounts());
        Set<String> departments = new HashSet<>();
        settings.staff().forEach(m -> departments.add(m.department()));
        assertTrue(departments.containsAll(Set.of("support", "marketing", "product", "engineering", "sales")),
                "departments: " + departments);
        assertTrue(settings.staff().size() >= 10, settings.staff().size() + " staff accounts");
        Set<String> spaceChannels = new HashSet<>();
        settings.spaces().forEach(sp -> spaceChannels.add(sp.channel()));
        assertEquals(Set.of("reddit", "facebook", "discourse"), spaceChannels);
        assertEquals(settings.staff().size(), settings.staff().stream().map(m -> m.channel() + ":" + m.handle())
                .distinct().count(), "no handle listed twice");
    }

    @Test
    void theSampleSpansMoreThanAYearOnAllTenChannelsAndIsQuickToCreate() throws Exception {
        ProjectSummary summary = project.summary();
        assertTrue(summary.interactions() >= 5_000, "only " + summary.interactions() + " interactions");
        assertTrue(summary.interactions() <= 15_000, summary.interactions() + " interactions: more than a sample");
        assertTrue(summary.firstInteraction().isBefore(Instant.parse("2025-09-02T00:00:00Z")));
        assertTrue(summary.lastInteraction().isAfter(Instant.parse("2026-10-30T00:00:00Z")));
        assertTrue(summary.lastInteraction().isBefore(Instant.parse("2026-11-01T00:00:00Z")));
        assertTrue(scalar("SELECT count(DISTINCT date_trunc('month', created_at)) FROM interactions") >= 12);
        Set<String> channels = new HashSet<>();
        summary.counts().forEach(c -> channels.add(c.channel()));
        assertEquals(Set.of("x", "mastodon", "reddit", "facebook", "instagram", "app-store", "google-play",
                "trustpilot", "zendesk", "discourse"), channels);
        assertTrue(scalar("SELECT count(*) FROM interactions WHERE language <> 'en'") > 0, "only English");
        // App Store reviews, Reddit dumps and Zendesk audits carry no language: among the interactions with one
        assertTrue(scalar("SELECT count(*) FROM interactions WHERE language = 'en'")
                > scalar("SELECT count(language) FROM interactions") * 0.95, "mostly English");
        assertTrue(creation.toSeconds() < 30, "creating the sample took " + creation);
    }

    @Test
    void everyExportedFileIsImportedIntoItsOwnDatasetByItsRealFormatWithoutRejections() throws Exception {
        Map<String, String> formatOfFile = new HashMap<>();
        Path exports = writeExports(formatOfFile);
        List<Dataset> datasets = project.datasets();
        assertEquals(formatOfFile.size(), datasets.size(), "one dataset per exported file");
        for (Dataset d : datasets) {
            String name = inExportFolder(Path.of(d.file()));
            assertEquals(formatOfFile.get(name), d.format(), name);
            assertEquals(0, d.rejected(), name + ": rejected " + project.importErrors(d.id()));
            assertEquals(0, d.duplicates(), name);
            assertTrue(d.imported() > 0, name);
            assertEquals(d.imported(), scalar("SELECT count(*) FROM interactions WHERE dataset_id = ?", d.id()));
            assertTrue(Files.notExists(Path.of(d.file())), "the temporary export was not deleted: " + d.file());
        }
        assertEquals(Set.of("x-archive", "x-api-v2", "reddit", "mastodon", "meta", "google-play", "app-store",
                "trustpilot", "zendesk", "discourse"), Set.copyOf(formatOfFile.values()),
                "every channel in its own real format, none in the interchange format");
        assertEquals(0, scalar("SELECT count(*) FROM import_errors"));
        assertEquals(0, scalar("SELECT count(*) FROM interactions x WHERE in_reply_to IS NOT NULL AND NOT EXISTS ("
                + "SELECT 1 FROM interactions p WHERE p.channel = x.channel AND p.source_id = x.in_reply_to)"),
                "replies to something that is not in the project");
        // review replies, ticket comments and Instagram comments have no URL of their own in their formats; X's
        // API links to x.com; Discourse's JSON does not name the forum's host, so its URLs are relative;
        // a Mastodon boost has no text of its own
        assertEquals(0, scalar("SELECT count(*) FROM interactions WHERE (text IS NULL AND NOT (channel = 'mastodon' "
                + "AND kind = 'share')) OR author_handle IS NULL "
                + "OR (url NOT LIKE 'https://%' AND NOT (channel = 'discourse' AND url LIKE '/t/%'))"));
        deleteTree(exports);
    }

    @Test
    void eachExportIsRecognisedAsItsFormatByItsContent() throws Exception {
        Map<String, String> formatOfFile = new HashMap<>();
        Path exports = writeExports(formatOfFile);
        ServiceTracker<ImportPlanner, ImportPlanner> planners = new ServiceTracker<>(
                FrameworkUtil.getBundle(SampleProjectTest.class).getBundleContext(), ImportPlanner.class, null);
        planners.open();
        try {
            ImportPlanner planner = planners.waitForService(20_000);
            assertNotNull(planner, "no ImportPlanner service");
            List<Path> files;
            try (var listing = Files.list(exports)) {
                files = listing.sorted().toList();
            }
            try (ImportPlan plan = planner.plan(new ImportRequest(files, null, false), new NullProgressMonitor())) {
                assertEquals(files.size(), plan.units().size());
                for (ImportPlan.Unit unit : plan.units()) {
                    String name = exports.relativize(unit.input().file().orElseThrow()).toString();
                    assertEquals(formatOfFile.get(name), unit.format().id(), name + " was taken for "
                            + unit.format().id() + (unit.why() == null ? "" : " (" + unit.why() + ")"));
                }
            }
        } finally {
            planners.close();
            deleteTree(exports);
        }
    }

    @Test
    void everyGeneratedInteractionArrivesAsTheGeneratorMadeIt() throws Exception {
        Map<String, ExpectedInteraction> stored = new HashMap<>();
        project.query("SELECT channel, source_id, kind, author_handle, author_name, role, department, "
                + "CAST(epoch(created_at) AS BIGINT), text, in_reply_to, thread_id, rating FROM interactions_v",
                List.of(), r -> stored.put(r.get(0) + " " + r.get(1), new ExpectedInteraction((String) r.get(1),
                        (String) r.get(2), (String) r.get(3), (String) r.get(4), (String) r.get(5),
                        (String) r.get(6), ((Number) r.get(7)).longValue(), (String) r.get(8), (String) r.get(9),
                        (String) r.get(10), r.get(11) == null ? null : ((Number) r.get(11)).intValue())));
        SampleData data = SampleGenerator.standard().generate(new NullProgressMonitor());
        long generated = 0;
        for (ChannelExport export : data.exports()) {
            String channel = export.profile().channel();
            Map<Message, SourceIds.Ref> ids = SourceIds.assign(channel, export.messages());
            for (Message m : export.messages()) {
                ExpectedInteraction expected = ExpectedInteraction.of(channel, m, ids);
                ExpectedInteraction actual = stored.get(channel + " " + expected.sourceId());
                assertNotNull(actual, channel + ": " + expected + " is not in the project");
                assertEquals(expected.comparableTo(actual), actual, channel);
                generated++;
            }
            assertEquals(export.messages().size(), scalar("SELECT count(*) FROM interactions WHERE channel = ?",
                    channel), channel + ": interactions stored vs generated");
        }
        assertEquals(generated, stored.size(), "interactions nobody generated");
    }

    @Test
    void theExportsAreTheSameBytesEveryTime() throws Exception {
        Path first = writeExports(new HashMap<>());
        Path second = writeExports(new HashMap<>());
        Map<String, String> firstDigests = digests(first);
        assertEquals(firstDigests, digests(second));
        assertTrue(firstDigests.size() > 10, firstDigests.keySet().toString());
        deleteTree(first);
        deleteTree(second);
    }

    private static Map<String, String> digests(Path dir) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return out;
    }

    /** Writes every channel's export as the sample does, into a folder of its own; returns the folder. */
    private static Path writeExports(Map<String, String> formatOfFile) throws Exception {
        Path exports = Files.createTempDirectory(temp, "exports");
        SampleGenerator generator = SampleGenerator.standard();
        ExportFormats formats = new ExportFormats(generator.company(), generator.calendar());
        for (ChannelExport export : generator.generate(new NullProgressMonitor()).exports()) {
            ExportWriter writer = formats.writerFor(export.profile().channel());
            for (ExportWriter.ExportFile file : writer.write(export, exports)) {
                String name = exports.relativize(file.path()).toString();
                assertEquals(null, formatOfFile.put(name, file.format()), "two exports write " + name);
            }
        }
        return exports;
    }

    /** A file's path in the folder the sample wrote its exports to. */
    private static String inExportFolder(Path file) {
        for (int i = file.getNameCount() - 1; i >= 0; i--) {
            if (file.getName(i).toString().startsWith("rapport-sample-")) {
                return file.subpath(i + 1, file.getNameCount()).toString();
            }
        }
        return file.toString();
    }

    private static void deleteTree(Path dir) throws Exception {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void outboundRepliesComeFromOurAccountsAndFromStaffOfSeveralDepartments() throws Exception {
        String outboundReplies = "FROM interactions_v WHERE direction = 'outbound' AND in_reply_to IS NOT NULL";
        assertTrue(scalar("SELECT count(*) " + outboundReplies + " AND role = 'our_account'") > 500);
        assertTrue(scalar("SELECT count(*) " + outboundReplies + " AND role = 'staff'") > 500);
        assertTrue(scalar("SELECT count(DISTINCT department) " + outboundReplies + " AND role = 'staff'") >= 5);
        assertTrue(scalar("SELECT count(*) " + outboundReplies + " AND role = 'staff' AND author_role IS NULL") > 100,
                "staff known from the project settings");
        // the ticket system itself says its agents are support staff
        assertTrue(scalar("SELECT count(*) FROM interactions WHERE channel = 'zendesk' AND author_role = 'staff' "
                + "AND author_department = 'support'") > 300);
        assertEquals(0, scalar("SELECT count(*) FROM interactions_v WHERE channel = 'zendesk' "
                + "AND direction = 'outbound' AND department <> 'support'"));
        // departments beyond support join in over time
        assertTrue(share("SELECT count(*) FILTER (department <> 'support') * 1.0 / count(*) " + outboundReplies
                + " AND role = 'staff' AND created_at < '2026-01-01'") < share(
                        "SELECT count(*) FILTER (department <> 'support') * 1.0 / count(*) " + outboundReplies
                                + " AND role = 'staff' AND created_at >= '2026-07-01'"));
        assertTrue(scalar("SELECT count(*) FROM interactions_v WHERE direction = 'outbound' AND kind = 'post' "
                + "AND in_reply_to IS NULL") > 100, "promotional posts");
        assertTrue(scalar("SELECT count(*) " + outboundReplies + " AND text LIKE '%DM us%'") > 50, "templates");
    }

    @Test
    void someNegativeComplaintsStayUnansweredWhileMostQuestionsAreAnswered() throws Exception {
        String negative = "regexp_matches(text, '" + SampleTexts.NEGATIVE_SQL + "')";
        long negatives = scalar("SELECT count(*) FROM (" + RESPONSES + ") WHERE " + negative);
        long unanswered = scalar("SELECT count(*) FROM (" + RESPONSES + ") WHERE " + negative
                + " AND responded_at IS NULL");
        assertTrue(negatives > 500, negatives + " negative interactions addressed to us");
        assertTrue(unanswered > 100, "only " + unanswered + " unanswered negative interactions");
        double early = share("SELECT count(*) FILTER (responded_at IS NULL) * 1.0 / count(*) FROM (" + RESPONSES
                + ") WHERE " + negative + " AND created_at < '2026-01-01'");
        double late = share("SELECT count(*) FILTER (responded_at IS NULL) * 1.0 / count(*) FROM (" + RESPONSES
                + ") WHERE " + negative + " AND created_at >= '2026-07-01'");
        assertTrue(early > late + 0.15, "unanswered negative share " + early + " early, " + late + " late");
        double questionsAnswered = share("SELECT count(responded_at) * 1.0 / count(*) FROM (" + RESPONSES
                + ") WHERE text LIKE '%?'");
        assertTrue(questionsAnswered > 0.5, questionsAnswered + " of questions answered");
        double medianEarly = share("SELECT median(date_diff('minute', created_at, responded_at)) FROM ("
                + RESPONSES + ") WHERE created_at < '2026-01-01'");
        double medianLate = share("SELECT median(date_diff('minute', created_at, responded_at)) FROM ("
                + RESPONSES + ") WHERE created_at >= '2026-07-01'");
        assertTrue(medianLate < medianEarly, "first responses should get faster");
        assertTrue(medianEarly > 30 && medianEarly < 24 * 60, "median first response " + medianEarly + " min");
        assertTrue(share("SELECT median(date_diff('minute', created_at, responded_at)) FROM (" + RESPONSES
                + ") WHERE channel = 'x'") < share("SELECT median(date_diff('minute', created_at, responded_at)) "
                        + "FROM (" + RESPONSES + ") WHERE channel = 'discourse'"), "X is answered faster than the forum");
    }

    @Test
    void reviewsAreRatedOneToFiveLikeTheirTextAndSomeGetADeveloperReply() throws Exception {
        for (String channel : List.of("app-store", "google-play", "trustpilot")) {
            assertTrue(scalar("SELECT count(*) FROM interactions WHERE channel = ? AND kind = 'review'", channel) > 200);
            assertEquals(1, scalar("SELECT min(rating) FROM interactions WHERE channel = ? AND kind = 'review'",
                    channel));
            assertEquals(5, scalar("SELECT max(rating) FROM interactions WHERE channel = ? AND kind = 'review'",
                    channel));
            assertEquals(0, scalar("SELECT count(*) FROM interactions WHERE channel = ? AND kind = 'review' "
                    + "AND rating IS NULL", channel));
            long replies = scalar("SELECT count(*) FROM interactions_v r JOIN interactions v "
                    + "ON v.channel = r.channel AND v.source_id = r.in_reply_to AND v.kind = 'review' "
                    + "WHERE r.channel = ? AND r.author_role = 'our_account' AND r.direction = 'outbound'", channel);
            assertTrue(replies > 30, channel + ": " + replies + " developer replies");
        }
        String negative = "regexp_matches(text, '" + SampleTexts.NEGATIVE_SQL + "')";
        assertTrue(share("SELECT avg(rating) FROM interactions WHERE kind = 'review' AND " + negative) < 2.5);
        assertTrue(share("SELECT avg(rating) FROM interactions WHERE kind = 'review' AND NOT " + negative) > 3.5);
        assertTrue(share("SELECT avg(rating) FROM interactions WHERE kind = 'review' AND channel = 'google-play' "
                + "AND created_at BETWEEN '2026-03-06' AND '2026-03-24'") < share("SELECT avg(rating) "
                        + "FROM interactions WHERE kind = 'review' AND channel = 'google-play'") - 0.5,
                "the buggy app release shows in the ratings");
    }

    @Test
    void customersHelpEachOtherThankTheirHelpersReciprocateAndShare() throws Exception {
        assertTrue(scalar("SELECT count(*) FROM interactions_v x JOIN interactions_v p ON p.channel = x.channel "
                + "AND p.source_id = x.in_reply_to WHERE x.direction = 'inbound' AND p.direction = 'inbound' "
                + "AND p.in_reply_to IS NULL AND x.author_handle <> p.author_handle AND x.space IS NOT NULL") > 300,
                "customers answer each other in our spaces");
        assertTrue(scalar("SELECT count(*) FROM interactions_v x JOIN interactions_v a ON a.channel = x.channel "
                + "AND a.source_id = x.in_reply_to JOIN interactions_v q ON q.channel = a.channel "
                + "AND q.source_id = a.in_reply_to WHERE x.author_handle = q.author_handle "
                + "AND x.text ILIKE '%thank%'") > 300, "askers thank whoever answered");
        // someone who thanked for help later answers another customer's thread
        assertTrue(scalar("SELECT count(DISTINCT g.channel || ':' || g.author_handle) FROM interactions_v g "
                + "JOIN interactions_v h ON h.channel = g.channel AND h.author_handle = g.author_handle "
                + "AND h.created_at > g.created_at "
                + "JOIN interactions_v q ON q.channel = h.channel AND q.source_id = h.in_reply_to "
                + "AND q.in_reply_to IS NULL AND q.direction = 'inbound' AND q.author_handle <> h.author_handle "
                + "WHERE g.direction = 'inbound' AND g.text ILIKE '%thank%'") > 30, "reciprocation");
        assertTrue(scalar("SELECT count(*) FROM interactions_v s JOIN interactions_v p ON p.channel = s.channel "
                + "AND p.source_id = s.thread_id WHERE s.kind = 'share' AND s.direction = 'inbound' "
                + "AND p.direction = 'outbound'") > 200, "customers share our posts");
        assertTrue(scalar("SELECT count(*) FROM interactions WHERE kind = 'post' AND shares > 0") > 100);
        assertTrue(scalar("SELECT count(*) FROM interactions WHERE text LIKE '%It would be great if%'") > 50,
                "ideas");
    }

    @Test
    void theSurveyHasAHeaderHundredsOfRowsAndLinksToInteractionAuthors() throws Exception {
        Path csv = survey(project);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("respondent_id,handle,region,product,channel,date,r1,r2,r3,c1,c2,i1,i2,p1,p2,pa1,pa2",
                lines.get(0));
        List<String[]> rows = new ArrayList<>();
        lines.subList(1, lines.size()).forEach(l -> rows.add(l.split(",", -1)));
        assertTrue(rows.size() >= 300, rows.size() + " respondents");
        Set<String> authors = new HashSet<>();
        project.query("SELECT DISTINCT channel, lower(author_handle) FROM interactions_v WHERE role = 'customer'",
                List.of(), r -> authors.add(r.get(0) + ":" + r.get(1)));
        int linked = 0;
        int blanks = 0;
        Map<Integer, Integer> topBoxes = new HashMap<>();
        for (String[] row : rows) {
            assertEquals(17, row.length, String.join(",", row));
            if (!row[1].isEmpty() && authors.contains(row[4] + ":" + row[1].toLowerCase())) {
                linked++;
            }
            int top = 0;
            for (int i = 6; i < row.length; i++) {
                if (row[i].isEmpty()) {
                    blanks++;
                } else {
                    int answer = Integer.parseInt(row[i]);
                    assertTrue(answer >= 1 && answer <= 5, "answer " + answer);
                    top += answer == 5 ? 1 : 0;
                }
            }
            topBoxes.merge(top, 1, Integer::sum);
        }
        assertTrue(linked >= rows.size() * 0.35 && linked <= rows.size() * 0.65, linked + " linked respondents");
        assertTrue(blanks > 0 && blanks < rows.size() * 11 * 0.05, blanks + " blank answers");
        assertTrue(topBoxes.entrySet().stream().filter(t -> t.getKey() >= 9).mapToInt(Map.Entry::getValue).sum()
                > rows.size() / 20, "some answer top box (nearly) throughout: " + topBoxes);
        assertTrue(topBoxes.getOrDefault(0, 0) > rows.size() / 10, "some never answer top box");
        assertTrue(Files.readString(csv.resolveSibling("README.txt")).contains("survey-responses.csv"));
        assertTrue(Files.readString(csv.resolveSibling("README.txt")).contains("not Gallup's"));
        // the project holds the survey itself, with the demo instrument whose item ids are the CSV's columns
        assertEquals(rows.size(), scalar("SELECT count(*) FROM survey_respondents"));
        assertEquals(rows.size(), scalar("SELECT count(*) FROM survey_respondents WHERE source_row > 1"));
        assertEquals(11, scalar("SELECT count(*) FROM survey_items"));
        assertEquals(1, scalar("SELECT count(*) FROM survey_instrument WHERE name = 'Rapport demo engagement instrument'"));
        assertEquals(linked, scalar("SELECT count(*) FROM survey_respondents r WHERE EXISTS (SELECT 1 FROM"
                + " interactions_v i WHERE i.role = 'customer' AND i.channel = r.handle_channel"
                + " AND lower(i.author_handle) = r.handle)"), "the handles are stored linkable");
    }

    @Test
    void creatingTheSampleWhereAProjectAlreadyIsFailsAndLeavesThatProjectAlone() throws Exception {
        ProjectException e = assertThrows(ProjectException.class,
                () -> samples.getService().create(project.directory(), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("already holds a project"), e.getMessage());
        assertTrue(e.getMessage().contains(project.directory().toString()), e.getMessage());

        Path other = temp.resolve("someone-else");
        stores.getService().create(other, ProjectSettings.named("Someone else's project")).close();
        assertThrows(ProjectException.class, () -> samples.getService().create(other, new NullProgressMonitor()));
        try (ProjectStore untouched = stores.getService().open(other)) {
            assertEquals("Someone else's project", untouched.settings().name());
            assertEquals(0, untouched.summary().interactions());
        }
        assertTrue(Files.notExists(other.resolve("samples")));
    }

    @Test
    void cancellingDuringTheImportLeavesNoHalfProjectSoTheUserCanTryAgain() throws Exception {
        Path dir = temp.resolve("cancelled");
        boolean[] importing = { false };
        IProgressMonitor cancelOnFirstFile = new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                if (name.startsWith(XArchiveWriter.ARCHIVE_PREFIX)) { // the import has begun: the project exists
                    importing[0] = true;
                    setCanceled(true);
                }
            }
        };
        assertThrows(OperationCanceledException.class, () -> samples.getService().create(dir, cancelOnFirstFile));
        assertTrue(importing[0], "cancelled before the import began");
        assertTrue(Files.notExists(dir.resolve("rapport-project.json")), "settings file left behind");
        assertTrue(Files.notExists(dir.resolve("project.duckdb")), "database left behind");
        try (ProjectStore retried = samples.getService().create(dir, new NullProgressMonitor())) {
            assertEquals(project.summary().interactions(), retried.summary().interactions());
        }
    }

    private static List<String> datasetFacts(ProjectStore store) throws ProjectException {
        List<String> facts = new ArrayList<>();
        for (Dataset d : store.datasets()) {
            facts.add(Path.of(d.file()).getFileName() + " " + d.format() + " " + d.imported() + " " + d.duplicates()
                    + " " + d.rejected());
        }
        return facts;
    }

    private static String hash(ProjectStore store, String sql) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        store.query(sql, List.of(), r -> {
            for (int i = 0; i < r.columnCount(); i++) {
                digest.update(String.valueOf(r.get(i)).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Path survey(ProjectStore store) {
        return store.directory().resolve("samples").resolve("survey-responses.csv");
    }

    private static long scalar(String sql, Object... parameters) throws ProjectException {
        return (long) number(sql, parameters);
    }

    private static double share(String sql) throws ProjectException {
        return number(sql);
    }

    private static double number(String sql, Object... parameters) throws ProjectException {
        double[] value = { Double.NaN };
        project.query(sql, List.of(parameters), r -> {
            Object v = r.get(0);
            value[0] = v == null ? Double.NaN : ((Number) v).doubleValue();
        });
        return value[0];
    }
}
