-- What story clustering remembers of each article, so later runs compare new articles with it.
CREATE TABLE IF NOT EXISTS core.article_signatures (
    article_id     VARCHAR PRIMARY KEY,
    seen_at        TIMESTAMPTZ NOT NULL,  -- first_seen_at of the article: the comparison window runs on it
    language       VARCHAR NOT NULL,
    minhash        BLOB NOT NULL,         -- datasketch MinHash (affine32) of the body shingles: uint32 × num_perm
    n_shingles     INTEGER NOT NULL,
    lead_minhash   BLOB NOT NULL,         -- the same over the lead (first words / characters of the body)
    n_lead         INTEGER NOT NULL,
    facts          VARCHAR[] NOT NULL,    -- fact fingerprint: normalised values with unit class ("179USD", "363%")
    tickers        VARCHAR[] NOT NULL,    -- tickers of the extracted metrics
    signed_at      TIMESTAMPTZ NOT NULL
);

-- The LSH index over the signatures: one row per band key (kind 'body' or 'lead') and per fact
-- token (kind 'fact'). Articles sharing a key of the same kind are candidates for one story.
CREATE TABLE IF NOT EXISTS core.signature_keys (
    key        BIGINT NOT NULL,
    kind       VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    seen_at    TIMESTAMPTZ NOT NULL
);
