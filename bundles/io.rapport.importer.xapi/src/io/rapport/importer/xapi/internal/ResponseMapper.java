package io.rapport.importer.xapi.internal;

import io.rapport.importer.core.JsonObject;
import io.rapport.importer.core.RecordOutcome;

import io.rapport.importer.core.BadRecordException;

import java.util.ArrayList;
import java.util.List;

/**
 * One X API v2 response: its users first (wherever they are in the response), then every tweet of
 * {@code data} (an array, or one object for a single-tweet lookup) and of {@code includes.tweets} (the
 * referenced tweets the API expanded: often the parents replies point to). Each tweet keeps its own bytes as
 * its original.
 */
final class ResponseMapper {
    private final TweetMapper tweets = new TweetMapper();

    /** Whether the object looks like a v2 response at all (to tell a wrong file from an empty page). */
    static boolean isResponse(JsonObject r) {
        return r.has("data") || r.has("includes") || r.has("meta") || r.has("errors");
    }

    List<RecordOutcome> map(JsonObject response) {
        List<RecordOutcome> out = new ArrayList<>();
        try {
            Users users = Users.of(response);
            Object data = response.get("data");
            if (data instanceof JsonObject single) {
                one(single, "data", users, out);
            } else {
                tweets(response.list("data"), "data", users, out);
            }
            JsonObject includes = response.object("includes");
            if (includes != null) {
                tweets(includes.list("tweets"), "includes.tweets", users, out);
            }
        } catch (JsonObject.TypeMismatch e) {
            out.add(new RecordOutcome.Rejected(response.start(), e.getMessage()));
        }
        return out;
    }

    private void tweets(List<?> list, String where, Users users, List<RecordOutcome> out) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof JsonObject t) {
                one(t, where + "[" + i + "]", users, out);
            } else {
                out.add(new RecordOutcome.Rejected(-1, where + "[" + i + "] is " + JsonObject.describe(list.get(i))
                        + ", not a JSON object"));
            }
        }
    }

    private void one(JsonObject t, String where, Users users, List<RecordOutcome> out) {
        try {
            out.add(new RecordOutcome.Mapped(tweets.map(t, users), t.start(), t.end()));
        } catch (BadRecordException | JsonObject.TypeMismatch e) {
            out.add(new RecordOutcome.Rejected(t.start(), where + ": " + e.getMessage()));
        }
    }
}
