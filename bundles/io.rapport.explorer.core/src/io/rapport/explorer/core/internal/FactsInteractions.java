package io.rapport.explorer.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.CycleFacts;
import io.rapport.explorer.core.Conversation;
import io.rapport.explorer.core.InteractionQuery;
import io.rapport.explorer.core.InteractionRow;
import io.rapport.explorer.core.ProjectInteractions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Count, page and position of a query as SQL over the engagement-cycle facts table ({@link CycleFacts#table()}),
 * each one statement; a page is LIMIT/OFFSET in the query's total order.
 */
final class FactsInteractions implements ProjectInteractions {
    private final ProjectStore store;
    private final CycleFacts facts;

    FactsInteractions(ProjectStore store, CycleFacts facts) {
        this.store = store;
        this.facts = facts;
    }

    @Override
    public String sentimentModel() {
        return facts.sentimentModel();
    }

    @Override
    public long count(InteractionQuery query) throws ProjectException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT count(*)" + QuerySql.from(facts.table(), query) + QuerySql.where(query, params);
        long[] count = new long[1];
        store.query(sql, params, r -> count[0] = ((Number) r.get(0)).longValue());
        return count[0];
    }

    /**
     * The page is chosen by sorting only the keys and the sort column (a deep page sorts a million rows: the
     * narrower they are, the faster); then its rows alone are joined to their facts and texts.
     */
    @Override
    public List<InteractionRow> page(InteractionQuery query, long offset, int limit) throws ProjectException {
        if (offset < 0 || limit <= 0) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + Columns.SELECT + " FROM (SELECT x.channel, x.source_id, "
                + QuerySql.sortExpression(query) + " AS sort_key" + QuerySql.from(facts.table(), query)
                + QuerySql.where(query, params) + QuerySql.orderBy(query) + " LIMIT " + limit + " OFFSET " + offset
                + ") p JOIN " + facts.table() + " x ON x.channel = p.channel AND x.source_id = p.source_id"
                + Columns.JOIN_TEXT + QuerySql.orderBy(query, "p.sort_key");
        List<InteractionRow> rows = new ArrayList<>(limit);
        store.query(sql, params, r -> rows.add(Columns.read(r)));
        return rows;
    }

    @Override
    public OptionalLong position(InteractionQuery query, String channel, String sourceId) throws ProjectException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT p.pos FROM (SELECT x.channel, x.source_id, row_number() OVER ("
                + QuerySql.orderBy(query).strip() + ") - 1 AS pos" + QuerySql.from(facts.table(), query)
                + QuerySql.where(query, params) + ") p WHERE p.channel = ? AND p.source_id = ?";
        params.add(channel);
        params.add(sourceId);
        long[] pos = {-1};
        store.query(sql, params, r -> pos[0] = ((Number) r.get(0)).longValue());
        return pos[0] < 0 ? OptionalLong.empty() : OptionalLong.of(pos[0]);
    }

    @Override
    public Optional<Conversation> conversation(String channel, String sourceId) throws ProjectException {
        return new ConversationQuery(store, facts).run(channel, sourceId);
    }
}
