/** The record that flows through the pipeline: one article, its story, and every message about it. */

/** How bad a message is: `error` rejects the article, `warning` keeps it flagged, `info` is for the report. */
export type Severity = 'error' | 'warning' | 'info'

/** Where a message points: a line and column in the raw file, a JSON Pointer, or a code-unit span. */
export type Place =
  | {line: number; column?: number}
  | {pointer: string; line?: number}
  | {start: number; end: number}

/** A placed, human-readable finding of one stage, named by a kebab-case rule. */
export interface Message {
  severity: Severity
  stage: string
  rule: string
  reason: string
  place?: Place
  actual?: string
  expected?: string
}

/** The input formats the parse stage knows; `unsupported` carries a file it cannot read as articles. */
export type InputFormat = 'txt' | 'json' | 'jsonl' | 'csv' | 'unsupported'

/** One raw input as read from disk: the bytes of a whole `.txt` file or of one record of a multi-record file. */
export interface RawInput {
  /** Path relative to raw/, with a record suffix (`a.jsonl:3`, `a.csv:2`, `a.json#/0`). */
  sourcePath: string
  /** The file the input came from, relative to raw/. */
  file: string
  format: InputFormat
  bytes: Uint8Array
  /** 1-based line in `file` where the record starts (records only). */
  line?: number
  /** CSV only: the header row's field names. */
  header?: readonly string[]
  /** A failure found while locating the record (bad file, unreadable...): the input becomes a reject. */
  failure?: Message
}

/** The fields of a raw article object as the contract defines them. */
export interface RawRecord {
  id: string
  text: string
  published?: string
  title?: string
  source?: string
  url?: string
  language?: string
}

/** One cleaning edit, in the coordinates of the text the rule saw and of the raw text. */
export interface Edit {
  rule: string
  /** Raw span (UTF-16 code units into `Article.raw`). */
  rawStart: number
  rawEnd: number
  /** The text the rule replaced, and what replaced it. */
  before: string
  after: string
}

/** An article as it moves through the stages; later stages add their extractions. */
export interface Article {
  input: Omit<RawInput, 'bytes'>
  /** The input's bytes, until the parse stage has decoded them. */
  bytes?: Uint8Array
  /** SHA-256 (hex) of the input's bytes. */
  rawSha256: string
  /** The article id, once known. */
  id?: string
  /** The raw text as decoded: the whole `.txt` file without BOM, or a record's `text` field. */
  raw?: string
  /** Where the body starts in `raw` (after a `.txt` date header), in UTF-16 code units. */
  bodyStart: number
  /** The record as parsed (before validation). */
  record?: Record<string, unknown>
  /** Cleaned text, its edits and the map back to `raw`. */
  text?: string
  edits: Edit[]
  offsetMap?: import('./text/offset-map.js').OffsetMap
  /** Sentence and paragraph spans of `text` (UTF-16), from the segment stage. */
  sentences?: import('./text/sentences.js').Span[]
  paragraphs?: import('./text/sentences.js').Span[]
  /** Word tokens of `text`, from the segment stage (what the extractors walk over). */
  tokens?: import('./text/tokens.js').Token[]
  /** Entity mentions of `text`, from the entities stage. */
  mentions?: import('./stages/entities/extract.js').Mention[]
  /** Temporal expressions of `text`, normalized against the publication date, from the timexes stage. */
  timexes?: import('./stages/timexes/extract.js').Timex[]
  /** Reported contacts between parties, from the interactions stage. */
  interactions?: import('./stages/interactions/extract.js').Interaction[]
  /** Themes found in `text`, from the themes stage. */
  themes?: import('./stages/themes/index.js').ThemeHit[]
  /** Data the cleaner lifts out of the text. */
  dateline?: string
  /** The date of the dateline as the cleaner lifted it ("August 8"), with its raw span, and as the timexes stage resolves it. */
  datelineDateWritten?: {text: string; rawStart: number; rawEnd: number}
  datelineDate?: import('./stages/timexes/extract.js').DatelineDate
  detectedSource?: string
  detectedTitle?: string
  messages: Message[]
}

/** Builds a message; the place comes first in output, as compilers print it. */
export function message(
  severity: Severity, stage: string, rule: string, reason: string,
  extra: {place?: Place; actual?: string; expected?: string} = {},
): Message {
  return {severity, stage, rule, reason, ...extra}
}

/** What the build keeps of a processed article besides its rows: where it came from, its id and its messages. */
export type ArticleOutcome = Pick<Article, 'input' | 'id' | 'messages'>

/** Whether any message of the article is an error (the article goes to rejects). */
export function hasError(article: Pick<Article, 'messages'>): boolean {
  return article.messages.some(m => m.severity === 'error')
}

/** The validated record of an accepted article (throws if the article was not validated). */
export function recordOf(article: Article): RawRecord {
  if (!article.record || hasError(article)) throw new Error(`article ${article.input.sourcePath} has no valid record`)
  return article.record as unknown as RawRecord
}
