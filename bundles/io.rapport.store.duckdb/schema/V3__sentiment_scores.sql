-- Version 3: sentiment scores, one row per interaction and model key ("id@version"), so that a switch of
-- model, or a new version of it, recomputes the scores without losing the others.
CREATE TABLE sentiment_scores (
    channel   VARCHAR NOT NULL,
    source_id VARCHAR NOT NULL,
    model     VARCHAR NOT NULL,
    score     DOUBLE  NOT NULL
);
