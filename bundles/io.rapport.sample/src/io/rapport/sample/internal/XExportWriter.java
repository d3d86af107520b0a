package io.rapport.sample.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the X channel as a real analyst has it: the account archive of each of the company's X accounts
 * ({@code x-archive}: every post and reply of the owner) and an X API v2 search dump of everything else
 * (customers' mentions and replies, staff's answers from their own accounts).
 */
final class XExportWriter implements ExportWriter {
    private final List<Author> archiveOwners;

    /** @param archiveOwners the accounts whose archives the company downloads */
    XExportWriter(List<Author> archiveOwners) {
        this.archiveOwners = List.copyOf(archiveOwners);
    }

    @Override
    public List<ExportFile> write(ChannelExport export, Path directory) throws IOException {
        List<Message> messages = export.messages();
        Map<Message, SourceIds.Ref> ids = SourceIds.assign(export.profile().channel(), messages);
        Map<Message, Integer> replies = new IdentityHashMap<>();
        for (Message m : messages) {
            if (m.parent() != null) {
                replies.merge(m.parent(), 1, Integer::sum);
            }
        }
        AccountNumbers users = new AccountNumbers(1_480_000_000_000_000_000L, 7_919);
        List<ExportFile> files = new ArrayList<>();
        List<Message> searched = new ArrayList<>(messages);
        for (Author owner : archiveOwners) {
            List<Message> own = messages.stream().filter(m -> m.author().handle().equals(owner.handle())).toList();
            searched.removeIf(m -> m.author().handle().equals(owner.handle()));
            files.add(new XArchiveWriter().write(owner, own, ids, users, directory));
        }
        files.add(new XApiWriter().write(searched, ids, replies, users, directory));
        return files;
    }
}
