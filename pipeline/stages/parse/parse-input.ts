/** The parse stage: a raw input's bytes become a record (id, text, fields) and a raw text. */
import {createHash} from 'node:crypto'
import Papa from 'papaparse'
import {message, type Article, type RawInput} from '../../article.js'
import {lineColumnAt} from '../../text/code-points.js'
import {decodeUtf8, describeUtf8Error} from './decode-utf8.js'
import {jsonErrorPlace, jsonErrorReason} from './json-error.js'
import {idFromFileName, MAX_JSON_DEPTH, tooDeepAt} from './locate.js'
import {readTxtHeader} from './txt-header.js'

/** A fresh article for `input`, before any stage has run. */
export function startArticle(input: RawInput): Article {
  const {bytes, ...rest} = input
  const article: Article = {input: rest, bytes, rawSha256: createHash('sha256').update(bytes).digest('hex'), bodyStart: 0, edits: [], messages: []}
  // a .txt file claims its id by its name, even when it cannot be read
  if (input.format === 'txt') article.id = idFromFileName(input.file)
  if (input.failure) article.messages.push(input.failure)
  return article
}

/** Records an error of the parse stage on the article and returns it. */
function fail(article: Article, rule: string, reason: string, place?: {line: number; column?: number}): Article {
  article.messages.push(message('error', 'parse', rule, reason, place ? {place} : {}))
  return article
}

/** The line of a record-relative line number in the file. */
function fileLine(article: Article, line: number): number {
  return (article.input.line ?? 1) + line - 1
}

/** Parses a `.txt` article: the optional date header, then the body. */
function parseTxt(article: Article, text: string): Article {
  article.raw = text
  const header = readTxtHeader(text)
  if (header && 'malformed' in header) {
    return fail(article, 'bad-date-header', `the file starts with "date ${header.malformed}", which is not a YYYY-MM-DD date header`, {line: 1})
  }
  const record: Record<string, unknown> = {id: idFromFileName(article.input.file), text: header ? text.slice(header.bodyStart) : text}
  if (header) { record.published = header.published; article.bodyStart = header.bodyStart }
  article.record = record
  return article
}

/** Parses a JSON record (a JSONL line or an element of a JSON array). */
function parseJsonRecord(article: Article, text: string): Article {
  // (a .json file was checked whole when its records were located)
  const deep = article.input.format === 'jsonl' ? tooDeepAt(text) : -1
  if (deep >= 0) {
    const at = lineColumnAt(text, deep)
    return fail(article, 'json-too-deep', `the JSON nests deeper than ${MAX_JSON_DEPTH} levels`, {line: fileLine(article, at.line), column: at.column})
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    const at = jsonErrorPlace(text) ?? {line: 1, column: 1}
    return fail(article, 'invalid-json', jsonErrorReason(text), {line: fileLine(article, at.line), column: at.column})
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`
    return fail(article, 'not-an-object', `a record must be a JSON object with "id" and "text" (got ${kind})`, {line: fileLine(article, 1)})
  }
  article.record = value as Record<string, unknown>
  return article
}

/** Parses one CSV data row against the file's header; empty cells of optional columns are absent. */
function parseCsvRecord(article: Article, text: string): Article {
  const header = article.input.header ?? []
  const parsed = Papa.parse<string[]>(text, {skipEmptyLines: true})
  const line = fileLine(article, 1)
  if (parsed.errors.length > 0) return fail(article, 'invalid-csv', `the row does not parse as CSV: ${parsed.errors[0]!.message}`, {line})
  const fields = parsed.data[0] ?? []
  if (fields.length !== header.length) {
    return fail(article, 'csv-field-count', `the row has ${fields.length} fields but the header has ${header.length} (${header.join(', ')})`, {line})
  }
  const record: Record<string, unknown> = {}
  header.forEach((name, i) => {
    const value = fields[i]!
    if (value !== '' || name === 'id' || name === 'text') record[name] = value
  })
  article.record = record
  return article
}

/** The parse stage: decodes the input's bytes strictly and parses them by format. */
export function parse(article: Article): Article {
  const {format} = article.input
  const bytes = article.bytes ?? new Uint8Array()
  delete article.bytes
  if (format === 'unsupported') {
    return fail(article, 'unsupported-file-type', 'not an article file: raw/ takes .txt, .json, .jsonl and .csv files')
  }
  const decoded = decodeUtf8(bytes)
  if ('error' in decoded) {
    const {error} = decoded
    return fail(article, error.utf16 ? 'utf16-encoding' : 'invalid-utf8', describeUtf8Error(error),
      {line: fileLine(article, error.line), column: error.column})
  }
  if (format === 'txt') {
    if (decoded.text.trim() === '') return fail(article, 'empty-file', 'the file is empty')
    return parseTxt(article, decoded.text)
  }
  const parsed = format === 'csv' ? parseCsvRecord(article, decoded.text) : parseJsonRecord(article, decoded.text)
  const text = parsed.record?.text
  if (typeof text === 'string') parsed.raw = text
  return parsed
}
