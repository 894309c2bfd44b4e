/** Turns a processed article into the rows of every table; offsets become code points here, at the edge. */
import {hasError, recordOf, type Article, type ArticleOutcome, type Message} from '../article.js'
import {calendarRange} from '../stages/timexes/calendar.js'
import {codePointIndex, type CodePointIndex} from '../text/code-points.js'
import {toRawSpan} from '../text/offset-map.js'
import {countWords} from '../text/sentences.js'
import type {ArticleRow} from './articles.js'
import type {EditRow} from './edits.js'
import type {MentionRow} from './mentions.js'
import type {RejectRow} from './rejects.js'
import type {TimexRow} from './timexes.js'
import type {InteractionRow} from './interactions.js'
import type {ThemeRow} from './themes.js'

/** The rows an accepted article adds to each per-article table besides articles, by table name. */
export interface PerArticleRows {
  edits: EditRow[]
  mentions: MentionRow[]
  timexes: TimexRow[]
  interactions: InteractionRow[]
  themes: ThemeRow[]
}

/** The rows one article contributes: an article with its rows of the per-article tables, or a reject. */
export type ArticleRows =
  | {kind: 'accepted'; article: ArticleRow; tables: PerArticleRows}
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
export function rejectRow(article: ArticleOutcome): RejectRow {
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

/** The span columns of a clean-text span: its text, its code-point offsets and its raw offsets through the offset map. */
type SpanColumns = (start: number, end: number) => {text: string; start: number; end: number; raw_start: number; raw_end: number}

/** The span columns of an article's clean-text spans (code-point indexes built once per article). */
function spanColumnsOf(article: Article, cleanCp: CodePointIndex, rawCp: CodePointIndex): SpanColumns {
  const text = article.text!
  return (start, end) => {
    const [rawStart, rawEnd] = toRawSpan(article.offsetMap!, start, end)
    return {text: text.slice(start, end), start: cleanCp(start), end: cleanCp(end), raw_start: rawCp(rawStart), raw_end: rawCp(rawEnd)}
  }
}

/** The mention rows of an accepted article. */
function mentionRows(article: Article, id: string, span: SpanColumns): MentionRow[] {
  return (article.mentions ?? []).map((m, i) => ({
    article_id: id, mention_idx: i, entity_id: m.entity.id, type: m.type, ...span(m.start, m.end),
    sentence_idx: m.sentence, role: m.role, country: m.country,
  }))
}

/** The timex rows of an accepted article, with the calendar range of dates and times. */
function timexRows(article: Article, id: string, span: SpanColumns): TimexRow[] {
  return (article.timexes ?? []).map((t, i) => {
    const range = t.type === 'DATE' || t.type === 'TIME' ? calendarRange(t.value) : null
    return {
      article_id: id, timex_idx: i, ...span(t.start, t.end), sentence_idx: t.sentence, type: t.type, value: t.value, mod: t.mod,
      range_start: range?.[0] ?? null, range_end: range?.[1] ?? null, rule: t.rule,
    }
  })
}

/** The interaction rows of an accepted article, with the calendar range of their dates. */
function interactionRows(article: Article, id: string, span: SpanColumns): InteractionRow[] {
  return (article.interactions ?? []).map((x, i) => {
    const range = x.date ? calendarRange(x.date) : null
    return {
      article_id: id, interaction_idx: i, kind: x.kind, cameo: x.cameo, date: x.date, date_start: range?.[0] ?? null, date_end: range?.[1] ?? null,
      source_entity_id: x.source.entityId, target_entity_id: x.target.entityId, source_country: x.source.country, target_country: x.target.country,
      trigger: x.trigger, ...span(x.start, x.end), sentence_idx: x.sentence,
    }
  })
}

/** The theme rows of an accepted article. */
function themeRows(article: Article, id: string, cleanCp: CodePointIndex): ThemeRow[] {
  return (article.themes ?? []).map(t => ({article_id: id, theme: t.theme, hits: t.hits, first_start: cleanCp(t.firstStart)}))
}

/** The articles row and the rows of the other per-article tables of an accepted article. */
function acceptedRows(article: Article): {article: ArticleRow; tables: PerArticleRows} {
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
  const cleanCp = codePointIndex(text)
  const row: ArticleRow = {
    article_id: record.id,
    source_path: article.input.sourcePath,
    published: record.published ?? null,
    title: record.title ?? article.detectedTitle ?? null,
    source: record.source ?? article.detectedSource ?? null,
    dateline: article.dateline ?? null,
    dateline_date: article.datelineDate?.day ?? null,
    url: record.url ?? null,
    language: record.language ?? null,
    text,
    n_chars: cleanCp(text.length),
    n_words: countWords(text),
    n_sentences: article.sentences!.length,
    n_paragraphs: article.paragraphs!.length,
    n_edits: edits.length,
    raw_sha256: article.rawSha256,
  }
  const span = spanColumnsOf(article, cleanCp, rawCp)
  return {article: row, tables: {
    edits, mentions: mentionRows(article, record.id, span), timexes: timexRows(article, record.id, span),
    interactions: interactionRows(article, record.id, span), themes: themeRows(article, record.id, cleanCp),
  }}
}

/** The rows of one processed article. */
export function rowsOf(article: Article): ArticleRows {
  return hasError(article) ? {kind: 'rejected', reject: rejectRow(article)} : {kind: 'accepted', ...acceptedRows(article)}
}
