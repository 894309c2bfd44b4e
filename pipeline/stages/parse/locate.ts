/** Finds the records in a multi-record file (JSON array, JSONL, CSV) without processing them. */
import {visit} from 'jsonc-parser'
import Papa from 'papaparse'
import {message, type InputFormat, type Message} from '../../article.js'
import {lineColumnAt} from '../../text/code-points.js'
import {decodeUtf8, describeUtf8Error} from './decode-utf8.js'
import {jsonErrorPlace, jsonErrorReason} from './json-error.js'

/** Where one raw input is: a whole file, or a byte range of it, with the id to sort it by. */
export interface RecordRef {
  file: string
  sourcePath: string
  format: InputFormat
  /** The article id as far as it can be read before parsing (null when it cannot): the sort key. */
  id: string | null
  /** The record's byte range in the file; absent for a whole-file input. */
  byteStart?: number
  byteEnd?: number
  line?: number
  header?: readonly string[]
  failure?: Message
}

const encoder = new TextEncoder()

/** The format a file's extension names. */
export function formatOf(file: string): InputFormat {
  const ext = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase()
  return ext === 'txt' || ext === 'json' || ext === 'jsonl' || ext === 'csv' ? ext : 'unsupported'
}

/** The article id of a `.txt` file: its name without directory and extension. */
export function idFromFileName(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.[^.]*$/, '')
}

/** The largest input processed as one article (the largest development article is 0.3 MB). */
export const MAX_ARTICLE_BYTES = 8 * 1024 * 1024

/** The largest .json or .csv file, which is read whole (JSONL is streamed and has no limit). */
export const MAX_WHOLE_FILE_BYTES = 512 * 1024 * 1024

/** Sizes in messages: "104.9 MB (104857600 bytes)". */
function sizeOf(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB (${bytes} bytes)`
}

/** The failure of an input above MAX_ARTICLE_BYTES. */
export function tooLargeFailure(bytes: number, what: string, line?: number): Message {
  return message('error', 'parse', 'article-too-large',
    `${what} is ${sizeOf(bytes)}, above the ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB limit of one article: it was not read; split it into articles`,
    line === undefined ? {} : {place: {line}})
}

/** The failure of a .json or .csv file above MAX_WHOLE_FILE_BYTES. */
export function fileTooLargeFailure(bytes: number): Message {
  return message('error', 'parse', 'file-too-large',
    `the file is ${sizeOf(bytes)}, above the ${MAX_WHOLE_FILE_BYTES / 1024 / 1024} MiB limit of a .json or .csv file, which is read whole; write it as JSONL (one record per line), which is streamed`)
}

/** The refs with a byte range above MAX_ARTICLE_BYTES marked as failed (they will not be read). */
export function markTooLarge(refs: RecordRef[]): RecordRef[] {
  for (const ref of refs) {
    const size = ref.byteEnd !== undefined && ref.byteStart !== undefined ? ref.byteEnd - ref.byteStart : 0
    if (size > MAX_ARTICLE_BYTES && !ref.failure) ref.failure = tooLargeFailure(size, 'the record', ref.line)
  }
  return refs
}

/** A ref that stands for the whole file and fails with `failure`. */
export function failedFile(file: string, format: InputFormat, failure: Message): RecordRef {
  return {file, sourcePath: file, format, id: null, failure}
}

/** The `id` of a parsed JSON value when it is a string, else null. */
function peekId(value: unknown): string | null {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const id = (value as {id?: unknown}).id
    return typeof id === 'string' ? id : null
  }
  return null
}

/** Parses JSON text, returning undefined (instead of throwing) when it is not JSON. */
function tryParse(text: string): unknown {
  try { return JSON.parse(text) } catch { return undefined }
}

/** The ref of one JSONL line (1-based `line`, bytes [start, end) of the file, without the newline); no bytes: too large to read. */
export function jsonlRef(file: string, line: number, start: number, end: number, bytes: Uint8Array | undefined): RecordRef {
  const ref: RecordRef = {file, sourcePath: `${file}:${line}`, format: 'jsonl', id: null, byteStart: start, byteEnd: end, line}
  if (!bytes) return {...ref, failure: tooLargeFailure(end - start, 'the record', line)}
  const decoded = decodeUtf8(bytes)
  if ('text' in decoded) ref.id = peekId(tryParse(decoded.text))
  return ref
}

/** Byte offsets of ascending UTF-16 `offsets` into `text`, computed in one pass. */
function byteOffsets(text: string, offsets: number[]): number[] {
  const out: number[] = []
  let at = 0
  let bytes = 0
  for (const offset of offsets) {
    bytes += encoder.encode(text.slice(at, offset)).length
    at = offset
    out.push(bytes)
  }
  return out
}

/** Counts newlines in `text` between two UTF-16 offsets. */
function countNewlines(text: string, from: number, to: number): number {
  let n = 0
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++
  return n
}

/** Decodes a whole multi-record file, or returns the failure ref that says why it cannot be read. */
function decodeFile(file: string, format: InputFormat, bytes: Uint8Array): {text: string; bom: number} | RecordRef {
  const decoded = decodeUtf8(bytes)
  if ('error' in decoded) {
    const {error} = decoded
    return failedFile(file, format, message('error', 'parse', error.utf16 ? 'utf16-encoding' : 'invalid-utf8',
      describeUtf8Error(error), {place: {line: error.line, column: error.column}}))
  }
  if (decoded.text.trim() === '') return failedFile(file, format, message('error', 'parse', 'empty-file', 'the file is empty'))
  return {text: decoded.text, bom: decoded.bomBytes}
}

/** How deep JSON may nest: an article is two or three levels deep; far deeper input is hostile. */
export const MAX_JSON_DEPTH = 256

/** The UTF-16 offset where JSON text first nests deeper than `limit` (outside strings), or -1. */
export function tooDeepAt(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++
      else if (c === 0x22) inString = false
      continue
    }
    if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) { if (++depth > limit) return i }
    else if (c === 0x5d || c === 0x7d) depth--
  }
  return -1
}

/** The records of a `.json` file: the object itself, or each element of a top-level array. */
export function locateJson(file: string, bytes: Uint8Array): RecordRef[] {
  const decoded = decodeFile(file, 'json', bytes)
  if (!('text' in decoded)) return [decoded]
  const {text, bom} = decoded
  const deep = tooDeepAt(text)
  if (deep >= 0) return [failedFile(file, 'json', message('error', 'parse', 'json-too-deep', `the JSON nests deeper than ${MAX_JSON_DEPTH} levels`, {place: lineColumnAt(text, deep)}))]
  const starts: number[] = []
  const ends: number[] = []
  let depth = 0
  let topIsArray = false
  const enter = (offset: number) => { if (depth === 1 && topIsArray) starts.push(offset); depth++ }
  const leave = (offset: number, length: number) => { depth--; if (depth === 1 && topIsArray) ends.push(offset + length) }
  visit(text, {
    onArrayBegin: offset => { if (depth === 0) topIsArray = true; enter(offset) },
    onObjectBegin: offset => enter(offset),
    onArrayEnd: (offset, length) => leave(offset, length),
    onObjectEnd: (offset, length) => leave(offset, length),
    onLiteralValue: (_value, offset, length) => { if (depth === 1 && topIsArray) { starts.push(offset); ends.push(offset + length) } },
  })
  const whole = tryParse(text)
  if (whole === undefined) {
    const at = jsonErrorPlace(text) ?? {line: 1, column: 1}
    return [failedFile(file, 'json', message('error', 'parse', 'invalid-json', jsonErrorReason(text), {place: at}))]
  }
  if (!Array.isArray(whole)) return [{file, sourcePath: file, format: 'json', id: peekId(whole), line: 1}]
  if (whole.length === 0) return [failedFile(file, 'json', message('error', 'parse', 'no-records', 'the file holds an empty array: no articles'))]
  const byteStarts = byteOffsets(text, starts)
  const byteEnds = byteOffsets(text, ends)
  let line = 1
  let lineAt = 0
  return whole.map((value, i) => {
    line += countNewlines(text, lineAt, starts[i]!)
    lineAt = starts[i]!
    return {
      file, sourcePath: `${file}#/${i}`, format: 'json' as const, id: peekId(value), line,
      byteStart: bom + byteStarts[i]!, byteEnd: bom + byteEnds[i]!,
    }
  })
}

/** The records of a `.csv` file: one per data row, numbered from 1, with the header row kept. */
export function locateCsv(file: string, bytes: Uint8Array): RecordRef[] {
  const decoded = decodeFile(file, 'csv', bytes)
  if (!('text' in decoded)) return [decoded]
  const {text, bom} = decoded
  const rows: Array<{start: number; end: number; id: string | null}> = []
  let header: string[] | undefined
  let cursor = 0
  Papa.parse<string[]>(text, {
    skipEmptyLines: true,
    step: result => {
      let start = cursor
      cursor = result.meta.cursor
      while (text[start] === '\n' || text[start] === '\r') start++
      if (!header) header = result.data
      else rows.push({start, end: cursor, id: null})
    },
  })
  if (!header) return [failedFile(file, 'csv', message('error', 'parse', 'empty-file', 'the file is empty'))]
  const seen = new Set<string>()
  for (const [i, name] of header.entries()) {
    const problem = name === '' ? 'is empty' : seen.has(name) ? `repeats "${name}"` : undefined
    if (problem) return [failedFile(file, 'csv', message('error', 'parse', 'csv-bad-header',
      `the header row's column ${i + 1} ${problem}; every column needs a distinct name`, {place: {line: 1}}))]
    seen.add(name)
  }
  if (rows.length === 0) return [failedFile(file, 'csv', message('error', 'parse', 'no-records', 'the file has a header row but no data rows'))]
  const idColumn = header.indexOf('id')
  const offsets = rows.flatMap(r => [r.start, r.end])
  const byteAt = byteOffsets(text, offsets)
  let line = 1
  let lineAt = 0
  return rows.map((row, i) => {
    line += countNewlines(text, lineAt, row.start)
    lineAt = row.start
    const fields = idColumn >= 0 ? Papa.parse<string[]>(text.slice(row.start, row.end)).data[0] : undefined
    const id = fields?.[idColumn] || null
    return {
      file, sourcePath: `${file}:${i + 1}`, format: 'csv' as const, id, line, header: header!,
      byteStart: bom + byteAt[2 * i]!, byteEnd: bom + byteAt[2 * i + 1]!,
    }
  })
}
