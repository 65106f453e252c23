-- Parley workspace, schema version 1 (H2 2.x). Flyway applies this once per workspace.
-- Column names avoid SQL keywords (date, start, end, trigger) so that the schema also reads the
-- same on other databases: date_iso, start_offset, end_offset, trigger_word.

-- stored_order gives "the order articles were saved", which every listing follows.
CREATE TABLE articles (
    id           VARCHAR(1000) NOT NULL PRIMARY KEY,
    stored_order BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL UNIQUE,
    url          VARCHAR,
    source       VARCHAR,
    published    DATE,
    title        VARCHAR,
    -- VARCHAR, not CLOB: H2 keeps CLOBs as UTF-8 and turns a lone surrogate into '?', while a
    -- VARCHAR returns exactly the Java string that was saved (up to 10^9 characters).
    text         VARCHAR NOT NULL,
    lang         VARCHAR(35),
    origin       VARCHAR,
    -- JSON array of spans: [{"start":0,"end":31,"reason":"dateline"}]
    furniture    VARCHAR NOT NULL,
    -- SHA-256 of the UTF-8 text, hex: finds the same text stored under two ids.
    text_hash    CHAR(64) NOT NULL,
    stored_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX articles_by_text_hash ON articles (text_hash);

CREATE TABLE skipped_inputs (
    row_id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    origin      VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL,
    detail      VARCHAR,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT skipped_once UNIQUE (origin, reason)
);

-- One row per coded event; seq is its position in the article (0-based).
-- has_location / has_provenance keep "no location" apart from a location whose parts are all
-- unknown, so that a stored event equals the one that was saved.
CREATE TABLE events (
    row_id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id         VARCHAR(1000) NOT NULL REFERENCES articles (id),
    seq                INT NOT NULL,
    id                 VARCHAR,
    doc                VARCHAR,
    type               VARCHAR(16) NOT NULL,
    mode               VARCHAR,
    -- issue ids in codebook order joined by commas, '' for none (ids never contain commas)
    issues             VARCHAR NOT NULL,
    -- the date as coded ('2025-05-21', '2025-05', '2025-W21', '2025') and the days it covers;
    -- date_from/date_to are null when the date is null or not a date of those shapes
    date_iso           VARCHAR,
    date_from          DATE,
    date_to            DATE,
    date_text          VARCHAR,
    aux                VARCHAR(16),
    has_location       BOOLEAN NOT NULL,
    location_text      VARCHAR,
    location_code      VARCHAR,
    evidence_sentence  VARCHAR NOT NULL,
    evidence_start     INT NOT NULL,
    evidence_end       INT NOT NULL,
    quote              VARCHAR,
    confidence         DOUBLE PRECISION NOT NULL,
    has_provenance     BOOLEAN NOT NULL,
    rule               VARCHAR,
    trigger_word       VARCHAR,
    dictionary_version VARCHAR,
    codebook_version   VARCHAR,
    CONSTRAINT event_position UNIQUE (article_id, seq)
);
CREATE INDEX events_by_type ON events (type);
CREATE INDEX events_by_date ON events (date_from, date_to);

-- The actors and recipients of an event, in their order in the event.
CREATE TABLE event_actors (
    event_row_id BIGINT NOT NULL REFERENCES events (row_id),
    role         VARCHAR(9) NOT NULL CHECK (role IN ('actor', 'recipient')),
    ordinal      INT NOT NULL,
    text         VARCHAR,
    name         VARCHAR,
    code         VARCHAR NOT NULL,
    sector       VARCHAR,
    PRIMARY KEY (event_row_id, role, ordinal)
);
CREATE INDEX event_actors_by_code ON event_actors (code, role);

CREATE TABLE quotes (
    article_id   VARCHAR(1000) NOT NULL REFERENCES articles (id),
    seq          INT NOT NULL,
    doc          VARCHAR,
    speaker      VARCHAR,
    speaker_code VARCHAR,
    text         VARCHAR NOT NULL,
    date_iso     VARCHAR,
    date_from    DATE,
    date_to      DATE,
    start_offset INT NOT NULL,
    end_offset   INT NOT NULL,
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX quotes_by_speaker ON quotes (speaker_code);
