-- The inverted index: how often each term occurs in each article (search.documents.doc; title occurrences
-- weighted). Kept sorted by term except for the rows added since the last compaction, so a search reads
-- only the row groups of its terms (zone maps) plus that short tail (newsflow.search.index.compact).
CREATE TABLE IF NOT EXISTS search.postings (
    term VARCHAR NOT NULL,
    doc  INTEGER NOT NULL,
    tf   INTEGER NOT NULL
);

-- How many postings rows were in term order when the index was last compacted.
CREATE TABLE IF NOT EXISTS search.index_state (
    sorted_rows  BIGINT NOT NULL,
    compacted_at TIMESTAMPTZ NOT NULL
);
