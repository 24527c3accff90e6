package sqlite

// schema creates the tables; every statement is idempotent so Open can run it
// on an existing database. The full-text index is given stems that package
// terms already folded, separated by spaces, so the plain ascii tokenizer
// (every non-ASCII character is part of a word) splits them as they are,
// faster than unicode61 (which older databases keep).
const schema = `
CREATE TABLE IF NOT EXISTS documents(
	id INTEGER PRIMARY KEY,
	hash TEXT NOT NULL UNIQUE,
	source TEXT NOT NULL,
	version INTEGER NOT NULL,
	current INTEGER NOT NULL,
	lang TEXT NOT NULL,
	title TEXT NOT NULL,
	published TEXT NOT NULL,
	day TEXT,
	story TEXT NOT NULL,
	topic TEXT NOT NULL,
	body_bytes INTEGER NOT NULL,
	stored TEXT NOT NULL,
	blob BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source, version);
CREATE INDEX IF NOT EXISTS documents_day ON documents(day, id) WHERE current;
CREATE INDEX IF NOT EXISTS documents_story ON documents(story) WHERE current AND story <> '';
CREATE INDEX IF NOT EXISTS documents_topic ON documents(topic) WHERE current AND topic <> '';
-- The story of each page, apart from the rows (which hold the page
-- blobs): a person page groups thousands of pages by story.
CREATE INDEX IF NOT EXISTS documents_story_of ON documents(id, story) WHERE current AND story <> '';
-- What a text search's filters on language and date read of each match,
-- apart from the rows (which hold the page blobs): see plan.
CREATE INDEX IF NOT EXISTS documents_filter ON documents(id, lang, day) WHERE current;
CREATE TABLE IF NOT EXISTS raw_seen(hash TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS people(id TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS person_names(
	person TEXT NOT NULL, name TEXT NOT NULL, n INTEGER NOT NULL,
	PRIMARY KEY(person, name)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mentions(
	person TEXT NOT NULL, doc INTEGER NOT NULL, n INTEGER NOT NULL,
	PRIMARY KEY(person, doc)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc);
CREATE TABLE IF NOT EXISTS quotes(
	id INTEGER PRIMARY KEY,
	doc INTEGER NOT NULL,
	speaker_id TEXT NOT NULL,
	speaker TEXT NOT NULL,
	said_on TEXT NOT NULL,
	day TEXT NOT NULL,
	lang TEXT NOT NULL,
	start INTEGER NOT NULL,
	"end" INTEGER NOT NULL,
	text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_id, day);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(` + ftsColumns + `);
-- The full-text index is cut by document id into partitions (see
-- partition); each row names the table holding the ids from lo up to the
-- next row's lo. The first is fts, which holds every document of a store
-- older than partitions.
CREATE TABLE IF NOT EXISTS fts_parts(lo INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT OR IGNORE INTO fts_parts(lo, name) VALUES(0, 'fts');
`

// ftsColumns declares every full-text partition.
const ftsColumns = `title, body, quotes, tags, content='', contentless_delete=1, tokenize='ascii'`
