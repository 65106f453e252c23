-- Parley workspace, schema version 3: what is derived from the events is kept with them, so that
-- no request reads the whole workspace. Written in SQL that H2 2.x and PostgreSQL 15 read alike;
-- V4 (a Java migration) fills these tables for a workspace written before them.

-- A lock row: a writer holds it (SELECT ... FOR UPDATE) while it saves an article and merges its
-- events into the incidents, so that two writers (threads, or processes on one server database)
-- never interleave their changes to the incidents.
CREATE TABLE write_lock (
    name VARCHAR(16) NOT NULL PRIMARY KEY
);
INSERT INTO write_lock (name) VALUES ('workspace');

-- Running totals kept by the writers (COUNT(*) of a large table is a scan on PostgreSQL).
-- Names: articles, events, quotes, incidents, contradictions, and 'events:' || type.
CREATE TABLE counters (
    name  VARCHAR(40) NOT NULL PRIMARY KEY,
    total BIGINT NOT NULL
);

ALTER TABLE articles ADD COLUMN event_count INT DEFAULT 0 NOT NULL;
ALTER TABLE articles ADD COLUMN quote_count INT DEFAULT 0 NOT NULL;
CREATE INDEX articles_by_published ON articles (published, stored_order);

-- Events and quotes carry their article's stored_order, so that a page in stored order is one
-- index range: (article_order, seq).
ALTER TABLE events ADD COLUMN article_order BIGINT;
UPDATE events SET article_order = (SELECT a.stored_order FROM articles a WHERE a.id = events.article_id);
CREATE INDEX events_in_order ON events (article_order, seq);
CREATE INDEX events_by_id ON events (id);
CREATE INDEX events_by_day ON events (date_from, article_order, seq);
-- V1's indexes on type and on (date_from, date_to) are not used by any query: a filter on them
-- walks a list in its order; every index costs its page writes on each save.
DROP INDEX events_by_type;
DROP INDEX events_by_date;

-- An actor filter walks the rows of its code in stored order and stops after a page.
ALTER TABLE event_actors ADD COLUMN article_order BIGINT;
ALTER TABLE event_actors ADD COLUMN seq INT;
UPDATE event_actors SET article_order = (SELECT e.article_order FROM events e WHERE e.row_id = event_actors.event_row_id),
    seq = (SELECT e.seq FROM events e WHERE e.row_id = event_actors.event_row_id);
CREATE INDEX event_actors_in_order ON event_actors (code, role, article_order, seq);
-- The new index starts with the same columns: the old one would only make H2 choose it and sort.
DROP INDEX event_actors_by_code;

ALTER TABLE quotes ADD COLUMN article_order BIGINT;
UPDATE quotes SET article_order = (SELECT a.stored_order FROM articles a WHERE a.id = quotes.article_id);
CREATE INDEX quotes_in_order ON quotes (article_order, seq);

-- The blocking keys of corroboration (parley.core.corroboration.ReportKey): one row per
-- canonical actor code of each corroborated event. kind: D day, C week/month/year, U undated.
CREATE TABLE report_keys (
    event_row_id BIGINT NOT NULL REFERENCES events (row_id),
    code         VARCHAR NOT NULL,
    bucket       VARCHAR(40) NOT NULL,
    kind         CHAR(1) NOT NULL CHECK (kind IN ('D', 'C', 'U')),
    first_day    DATE,
    last_day     DATE,
    published    DATE,
    PRIMARY KEY (event_row_id, code)
);
CREATE INDEX report_keys_by_day ON report_keys (code, bucket, kind, first_day);
CREATE INDEX report_keys_by_published ON report_keys (code, bucket, kind, published);

-- The connected component of mutually compatible reports each corroborated event is in (an event
-- without an id, or with the id of another event, has none). Kept apart from the events, whose
-- rows are large: a merge of components rewrites only these small rows.
CREATE TABLE components (
    event_row_id BIGINT NOT NULL PRIMARY KEY REFERENCES events (row_id),
    component    BIGINT NOT NULL
);
CREATE INDEX components_by_component ON components (component);

-- Incidents (parley.core.corroboration.Incident). Lists are JSON arrays of strings; issues are
-- comma-joined in codebook order as in events. sort_day is first_day, or 9999-12-31 for an
-- undated incident: incidents are listed by (sort_day, id), undated last. row_id is the row of
-- the event the incident is named after (its id is 'incident:' and that event's id), unique among
-- the incidents of the moment.
CREATE TABLE incidents (
    row_id                 BIGINT NOT NULL PRIMARY KEY,
    id                     VARCHAR NOT NULL UNIQUE,
    component              BIGINT NOT NULL,
    type                   VARCHAR(16) NOT NULL,
    aux                    VARCHAR(16),
    date_iso               VARCHAR,
    first_day              DATE,
    last_day               DATE,
    sort_day               DATE NOT NULL,
    issues                 VARCHAR NOT NULL,
    actor_codes            VARCHAR NOT NULL,
    recipient_codes        VARCHAR NOT NULL,
    event_ids              VARCHAR NOT NULL,
    article_ids            VARCHAR NOT NULL,
    outlets                VARCHAR NOT NULL,
    first_report_article   VARCHAR,
    first_report_published DATE,
    best_event_row_id      BIGINT NOT NULL REFERENCES events (row_id)
);
CREATE INDEX incidents_in_order ON incidents (sort_day, id);
CREATE INDEX incidents_by_component ON incidents (component);

-- The actor and recipient codes of each incident, for filters, the network and contradictions
-- (canonical: EUR counts as EU), with the incident's place in the list order, so that an actor
-- filter walks the rows of its code in that order and stops after a page.
CREATE TABLE incident_actors (
    incident_row_id BIGINT NOT NULL REFERENCES incidents (row_id),
    role            VARCHAR(9) NOT NULL CHECK (role IN ('actor', 'recipient')),
    code            VARCHAR NOT NULL,
    canonical       VARCHAR NOT NULL,
    type            VARCHAR(16) NOT NULL,
    first_day       DATE,
    last_day        DATE,
    -- D: the incident is dated by a day; C: by a week, month or year; U: undated
    kind            CHAR(1) NOT NULL CHECK (kind IN ('D', 'C', 'U')),
    sort_day        DATE NOT NULL,
    incident_id     VARCHAR NOT NULL,
    PRIMARY KEY (incident_row_id, role, code)
);
CREATE INDEX incident_actors_in_order ON incident_actors (code, role, sort_day, incident_id);
CREATE INDEX incident_actors_by_canonical ON incident_actors (canonical, type, kind, first_day);
-- Every pair of codes an incident involves (low < high), in list order: "conflict=RUS,UKR" is one walk.
CREATE TABLE incident_pairs (
    incident_row_id BIGINT NOT NULL REFERENCES incidents (row_id),
    low             VARCHAR NOT NULL,
    high            VARCHAR NOT NULL,
    sort_day        DATE NOT NULL,
    incident_id     VARCHAR NOT NULL,
    PRIMARY KEY (incident_row_id, low, high)
);
CREATE INDEX incident_pairs_in_order ON incident_pairs (low, high, sort_day, incident_id);

CREATE TABLE contradictions (
    accepting_id VARCHAR NOT NULL,
    rejecting_id VARCHAR NOT NULL,
    actor_code   VARCHAR NOT NULL,
    reason       VARCHAR NOT NULL,
    PRIMARY KEY (accepting_id, rejecting_id, actor_code)
);
CREATE INDEX contradictions_by_rejecting ON contradictions (rejecting_id);

-- Stances (parley.core.positions.Position): one row per actor code and issue of each event that
-- shows one. The latest stance of a key as of a day is the first row of stances_latest from that day.
CREATE TABLE stances (
    event_row_id  BIGINT NOT NULL REFERENCES events (row_id),
    actor         VARCHAR NOT NULL,
    issue         VARCHAR(32) NOT NULL,
    stance        VARCHAR(12) NOT NULL,
    type          VARCHAR(16) NOT NULL,
    date_iso      VARCHAR,
    first_day     DATE,
    last_day      DATE,
    article_order BIGINT NOT NULL,
    seq           INT NOT NULL,
    PRIMARY KEY (event_row_id, actor, issue)
);
CREATE INDEX stances_latest ON stances (actor, issue, first_day DESC, article_order DESC, seq DESC);
CREATE TABLE stance_keys (
    actor VARCHAR NOT NULL,
    issue VARCHAR(32) NOT NULL,
    PRIMARY KEY (actor, issue)
);

-- How often the dictionary gave each name to an actor code: the name shown is the most frequent.
CREATE TABLE actor_names (
    code     VARCHAR NOT NULL,
    name     VARCHAR NOT NULL,
    mentions BIGINT NOT NULL,
    PRIMARY KEY (code, name)
);

-- Per actor code, over the whole workspace: what /api/actors and /api/network answer without filters.
CREATE TABLE actor_activity (
    code                   VARCHAR NOT NULL PRIMARY KEY,
    events_as_actor        BIGINT NOT NULL,
    events_as_recipient    BIGINT NOT NULL,
    quotes                 BIGINT NOT NULL,
    incidents_as_actor     BIGINT NOT NULL,
    incidents_as_recipient BIGINT NOT NULL
);

-- Incidents from an actor code to a recipient code, by type, over the whole workspace.
CREATE TABLE network_edges (
    source    VARCHAR NOT NULL,
    target    VARCHAR NOT NULL,
    type      VARCHAR(16) NOT NULL,
    incidents BIGINT NOT NULL,
    PRIMARY KEY (source, target, type)
);

UPDATE articles SET event_count = (SELECT COUNT(*) FROM events e WHERE e.article_id = articles.id);
UPDATE articles SET quote_count = (SELECT COUNT(*) FROM quotes q WHERE q.article_id = articles.id);
