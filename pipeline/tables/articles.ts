/** The articles table: one row per accepted article. */
import {date, defineTable, int32, string, type RowOf} from './define.js'

/** The pattern of article ids (the same as schemas/raw-article.schema.json). */
export const ARTICLE_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$'

/** The article_id column every table shares. */
export const articleId = string('article_id', 'Stable article id: the .txt file name without extension, or the record\'s `id`.', {pattern: ARTICLE_ID_PATTERN})

/** One row per accepted article (key: article_id). */
export const articlesTable = defineTable({
  name: 'articles',
  title: 'Articles',
  description: 'One row per accepted article: its metadata and its cleaned text. Offsets in every other table point into `text`.',
  primaryKey: ['article_id'],
  // about 15 MB of text per row group at the corpus's 15 kB per article
  rowGroupRows: 1024,
  columns: [
    articleId,
    string('source_path', 'Where the article came from, relative to raw/: `file.txt`, `file.jsonl:LINE`, `file.csv:ROW` (data rows counted from 1), `file.json` or `file.json#/INDEX` for an element of a JSON array.'),
    date('published', 'Publication date: the .txt date header or the record\'s `published`.', {nullable: true}),
    string('title', 'Headline: as the input gives it, else as a news-archive header in the text gives it.', {nullable: true}),
    string('source', 'Publisher or agency (`Xinhua`, `DNA`, `China Daily`): as the input gives it, else the publication of a news-archive header, else the agency of the dateline.', {nullable: true}),
    string('dateline', 'The dateline place, normalized (`Beijing` for `BEIJING, Aug 21 (DNA) –`).', {nullable: true}),
    date('dateline_date', 'The date the dateline gives (`2020-08-21` for `BEIJING, Aug 21 (DNA) –` in an article of 2020), resolved against the publication date; null when the dateline has no date or its year cannot be known. An undated article\'s relative dates are resolved against it.', {nullable: true}),
    string('url', 'Where the article was published.', {nullable: true}),
    string('language', 'BCP 47 language tag, when the input gives one.', {nullable: true}),
    string('text', 'The cleaned body: paragraphs separated by exactly one blank line (`\\n\\n`). Offsets are Unicode code points.'),
    int32('n_chars', 'Length of `text` in Unicode code points.'),
    int32('n_words', 'Words in `text`: runs of letters and digits, joined by inner apostrophes, periods or hyphens (`U.S.`, `Jae-in` count once).'),
    int32('n_sentences', 'Sentences in `text`, as split by readouts\' sentence splitter (the same split that numbers `sentence_idx`).'),
    int32('n_paragraphs', 'Paragraphs in `text`.'),
    int32('n_edits', 'Rows of `edits` for this article.'),
    string('raw_sha256', 'SHA-256 (hex) of the raw article\'s bytes: the whole .txt file, or the record\'s line, element or row.', {pattern: '^[0-9a-f]{64}$'}),
  ],
})

/** A row of the articles table. */
export type ArticleRow = RowOf<typeof articlesTable>
