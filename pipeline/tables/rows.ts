/** Turns a processed article into the rows of every table; offsets become code points here, at the edge. */
import {hasError, recordOf, type Article, type Message} from '../article.js'
import {codePointIndex, codePointLength} from '../text/code-points.js'
import {toRawSpan} from '../text/offset-map.js'
import {countWords} from '../text/sentences.js'
import type {ArticleRow} from './articles.js'
import type {EditRow} from './edits.js'
import type {MentionRow} from './mentions.js'
import type {RejectRow} from './rejects.js'

/** The rows one article contributes: an article with its edits, or a reject. */
export type ArticleRows =
  | {kind: 'accepted'; article: ArticleRow; edits: EditRow[]; mentions: MentionRow[]}
  | {kind: 'rejected'; reject: RejectRow}

/** The pointer, line and column of a message's place, when it has them. */
function placeParts(m: Message): {pointer: string | null; line: number | null; column: number | null} {
  const place = m.place
  return {
    pointer: place && 'pointer' in place ? place.pointer : null,
    line: place && 'line' in place && place.line !== undefined ? place.line : null,
    column: place && 'column' in place && place.column !== undefined ? place.column : null,
  }
}

/** The reject row of an article with errors: the first error's rule, every error in the message. */
export function rejectRow(article: Article): RejectRow {
  const errors = article.messages.filter(m => m.severity === 'error')
  const first = errors[0]!
  const described = errors.map(m => {
    const {pointer} = placeParts(m)
    return pointer ? `${pointer}: ${m.reason}` : m.reason
  })
  return {
    source_path: article.input.sourcePath,
    article_id: article.id ?? null,
    rule: first.rule,
    message: described.join('; '),
    ...placeParts(first),
  }
}

/** The mention rows of an accepted article: offsets in code points, raw offsets through the offset map. */
function mentionRows(article: Article, id: string): MentionRow[] {
  const text = article.text!
  const cleanCp = codePointIndex(text)
  const rawCp = codePointIndex(article.raw!)
  return (article.mentions ?? []).map((m, i) => {
    const [rawStart, rawEnd] = toRawSpan(article.offsetMap!, m.start, m.end)
    return {
      article_id: id, mention_idx: i, entity_id: m.entity.id, type: m.type, text: text.slice(m.start, m.end),
      start: cleanCp(m.start), end: cleanCp(m.end), raw_start: rawCp(rawStart), raw_end: rawCp(rawEnd),
      sentence_idx: m.sentence, role: m.role, country: m.country,
    }
  })
}

/** The articles row, edit rows and mention rows of an accepted article. */
function acceptedRows(article: Article): {article: ArticleRow; edits: EditRow[]; mentions: MentionRow[]} {
  const record = recordOf(article)
  const text = article.text!
  const rawCp = codePointIndex(article.raw!)
  const edits: EditRow[] = article.edits.map((edit, i) => ({
    article_id: record.id,
    edit_idx: i,
    rule: edit.rule,
    raw_start: rawCp(edit.rawStart),
    raw_end: rawCp(edit.rawEnd),
    before: edit.before,
    after: edit.after,
  }))
  const row: ArticleRow = {
    article_id: record.id,
    source_path: article.input.sourcePath,
    published: record.published ?? null,
    title: record.title ?? article.detectedTitle ?? null,
    source: record.source ?? article.detectedSource ?? null,
    dateline: article.dateline ?? null,
    url: record.url ?? null,
    language: record.language ?? null,
    text,
    n_chars: codePointLength(text),
    n_words: countWords(text),
    n_sentences: article.sentences!.length,
    n_paragraphs: article.paragraphs!.length,
    n_edits: edits.length,
    raw_sha256: article.rawSha256,
  }
  return {article: row, edits, mentions: mentionRows(article, record.id)}
}

/** The rows of one processed article. */
export function rowsOf(article: Article): ArticleRows {
  return hasError(article) ? {kind: 'rejected', reject: rejectRow(article)} : {kind: 'accepted', ...acceptedRows(article)}
}
