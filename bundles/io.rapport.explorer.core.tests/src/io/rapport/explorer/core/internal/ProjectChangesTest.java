package io.rapport.explorer.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rapport.core.importer.ImportRequest;
import io.rapport.explorer.core.AnsweredFilter;
import io.rapport.explorer.core.InteractionBrowser;
import io.rapport.explorer.core.InteractionQuery;
import io.rapport.explorer.core.ProjectInteractions;
import io.rapport.testsupport.InterchangeProject;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.util.List;

/** After an import the interactions are got again, and then hold the new rows with their facts. */
class ProjectChangesTest {
    @RegisterExtension
    static final BrowsedProject PROJECT = BrowsedProject.handMade();

    @Test
    void anImportShowsOnceTheInteractionsAreGotAgain() throws Exception {
        ProjectInteractions before = PROJECT.interactions();
        InteractionQuery unanswered = InteractionQuery.all().withAnswered(AnsweredFilter.UNANSWERED);
        assertEquals(2, before.count(unanswered));

        // we answer p1 in our subreddit
        Path file = new InterchangeProject().add("reddit", "p1r", "comment", "acme:our_account",
                "2025-02-01T12:00:00Z", "Sorry, fixed in 2.1", "\"in_reply_to\":\"p1\",\"thread_id\":\"p1\"")
                .write(PROJECT.dir().resolve("more.jsonl"));
        PROJECT.services().imports().importFiles(PROJECT.store(), new ImportRequest(List.of(file), null, true),
                new NullProgressMonitor());

        ProjectInteractions after = PROJECT.services().get(InteractionBrowser.class)
                .interactions(PROJECT.store(), new NullProgressMonitor());
        assertEquals(18, after.count(InteractionQuery.all()));
        assertEquals(1, after.count(unanswered), "p1 is answered now");
        assertEquals(180.0, after.conversation("reddit", "p1").orElseThrow().find("p1r").orElseThrow()
                .responseMinutes());
    }
}
