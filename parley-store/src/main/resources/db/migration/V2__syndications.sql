-- Parley workspace, schema version 2: syndicated copies. A copy of an article (the same story
-- read again from another site, feed or crawl, exactly or nearly the same text) is not stored as
-- an article of its own: it is one row here, pointing at the stored (canonical) article, so that
-- corroboration counts outlets, not copies.

CREATE TABLE syndications (
    -- the copy's own article id; a copy is recorded once, whatever run reads it again
    copy_id        VARCHAR(1000) NOT NULL PRIMARY KEY,
    article_id     VARCHAR(1000) NOT NULL REFERENCES articles (id),
    recorded_order BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL UNIQUE,
    origin         VARCHAR,
    url            VARCHAR,
    source         VARCHAR,
    -- estimated Jaccard similarity of the texts' word shingles; 1.0 for exact copies
    similarity     DOUBLE PRECISION NOT NULL CHECK (similarity >= 0 AND similarity <= 1),
    kind           VARCHAR(5) NOT NULL CHECK (kind IN ('EXACT', 'NEAR')),
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT syndication_not_of_itself CHECK (copy_id <> article_id)
);
CREATE INDEX syndications_by_article ON syndications (article_id);
