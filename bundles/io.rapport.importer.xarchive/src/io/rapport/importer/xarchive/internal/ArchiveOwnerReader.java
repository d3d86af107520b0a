package io.rapport.importer.xarchive.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Finds whose archive it is: {@code account.js} ({@code username}, {@code accountId},
 * {@code accountDisplayName}), or else the manifest's {@code userInfo} ({@code userName}, {@code accountId},
 * {@code displayName}), which archives carry even when {@code account.js} was left out of a copy.
 */
final class ArchiveOwnerReader {
    private final JsonFactory factory = new JsonFactory();

    ArchiveOwner read(ArchiveSource source, String archiveName) throws IOException {
        Optional<ArchiveFile> account = source.account();
        if (account.isPresent()) {
            ArchiveOwner owner = fromAccount(account.get());
            if (owner != null) {
                return owner;
            }
        }
        Optional<ArchiveFile> manifest = source.manifest();
        if (manifest.isPresent()) {
            ArchiveOwner owner = fromManifest(manifest.get());
            if (owner != null) {
                return owner;
            }
        }
        throw new ArchiveFormatException(archiveName + ": cannot tell whose archive it is: no account.js or"
                + " manifest.js with a username next to the tweets");
    }

    private ArchiveOwner fromAccount(ArchiveFile file) throws IOException {
        ArchiveOwner[] found = new ArchiveOwner[1];
        try (InputStream in = file.open()) {
            new YtdArrayReader().read(in, file.name(), "account"::equals, new YtdArrayReader.Elements() {
                @Override
                public void element(long index, long offset, byte[] buf, int start, int length) throws IOException {
                    if (found[0] == null) {
                        try (JsonParser p = factory.createParser(buf, start, length)) {
                            found[0] = owner(p, "account", "username", "accountDisplayName", file.name());
                        } catch (JsonProcessingException e) {
                            throw new ArchiveFormatException(file.name() + ": invalid JSON: " + e.getOriginalMessage());
                        }
                    }
                }

                @Override
                public void reject(long index, long offset, String reason) {
                    // an unreadable account.js leaves the manifest to say whose archive it is
                }

                @Override
                public void progress(long bytesRead) {
                }
            });
        }
        return found[0];
    }

    private ArchiveOwner fromManifest(ArchiveFile file) throws IOException {
        try (InputStream in = new BufferedInputStream(file.open())) {
            YtdWrapper.read(in, file.name());
            try (JsonParser p = factory.createParser(in)) {
                return owner(p, "userInfo", "userName", "displayName", file.name());
            } catch (JsonProcessingException e) {
                return null;
            }
        }
    }

    /** Reads {@code {"<wrapper>": {<handle>, accountId, <name>}}} from an object at the parser's start. */
    private static ArchiveOwner owner(JsonParser p, String wrapper, String handleField, String nameField, String file)
            throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (!field.equals(wrapper) || t != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            String handle = null;
            String id = null;
            String name = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken v = p.nextToken();
                String text = v.isScalarValue() && v != JsonToken.VALUE_NULL ? p.getText() : null;
                p.skipChildren();
                if (f.equals(handleField)) {
                    handle = text;
                } else if (f.equals("accountId")) {
                    id = text;
                } else if (f.equals(nameField)) {
                    name = text;
                }
            }
            if (handle != null && !handle.isBlank()) {
                return new ArchiveOwner(handle.strip().replaceFirst("^@", ""), id, name, file);
            }
        }
        return null;
    }
}
