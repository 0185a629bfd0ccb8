-- One row per indexed article: what the search index holds of it, and what a search filters on before
-- ranking. An article whose text was revised, or that an older analyzer cut into terms, is indexed again
-- under a new doc number (newsflow.search.index).
CREATE TABLE IF NOT EXISTS search.documents (
    doc          INTEGER PRIMARY KEY,  -- the postings' key: a number joins and groups faster than the id
    article_id   VARCHAR NOT NULL UNIQUE,
    language     VARCHAR NOT NULL,
    published_at TIMESTAMPTZ NOT NULL,
    feed         VARCHAR NOT NULL,     -- the feed it was first seen in (core.articles.feed)
    length       INTEGER NOT NULL,     -- terms in the article, title counted TITLE_WEIGHT times (BM25's |d|)
    content_hash VARCHAR NOT NULL,     -- core.articles.content_hash of the text indexed
    analyzer     VARCHAR NOT NULL,     -- newsflow.search.analyze.analyzer_version()
    indexed_at   TIMESTAMPTZ NOT NULL
);
