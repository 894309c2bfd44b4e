/** Reading raw/: listing files, finding their records, and loading one record's bytes. */
import {createReadStream} from 'node:fs'
import {lstat, open, readdir, readFile} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {message, type RawInput} from '../article.js'
import {
  failedFile, fileTooLargeFailure, formatOf, idFromFileName, jsonlRef, locateCsv, locateJson, markTooLarge, MAX_ARTICLE_BYTES,
  MAX_WHOLE_FILE_BYTES, tooLargeFailure, type RecordRef,
} from '../stages/parse/locate.js'

/** A file found under raw/. */
export interface RawFile {
  /** Path relative to raw/, with `/` separators. */
  path: string
  abs: string
  size: number
  mtimeMs: number
  kind: 'file' | 'symlink' | 'other'
}

/** An I/O failure that stops the run (raw/ unreadable, out/ unwritable, a build already running). */
export class IoError extends Error {
  override name = 'IoError'
}

/** Compares paths by code point (UTF-8 byte order), the order the contract sorts raw/ in. */
export function comparePaths(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b))
}

/** Every file under `rawDir`, recursively, sorted by path; symbolic links are listed, not followed. */
export async function listRaw(rawDir: string): Promise<RawFile[]> {
  const files: RawFile[] = []
  async function walk(dir: string, prefix: string): Promise<void> {
    let entries
    try {
      entries = await readdir(dir, {withFileTypes: true})
    } catch (e) {
      if (prefix === '') throw new IoError(`cannot read ${rawDir}: ${(e as Error).message}`)
      files.push({path: prefix.slice(0, -1), abs: dir, size: 0, mtimeMs: 0, kind: 'other'})
      return
    }
    for (const entry of entries) {
      const abs = join(dir, entry.name)
      const path = prefix + entry.name
      if (entry.isDirectory()) { await walk(abs, `${path}/`); continue }
      const stat = await lstat(abs).catch(() => undefined)
      const kind = entry.isSymbolicLink() ? 'symlink' : entry.isFile() ? 'file' : 'other'
      files.push({path, abs, size: stat?.size ?? 0, mtimeMs: stat?.mtimeMs ?? 0, kind})
    }
  }
  await walk(rawDir, '')
  return files.sort((a, b) => comparePaths(a.path, b.path))
}

/** Whether a byte is a space, a tab or a carriage return (a line of only these is blank). */
const isBlank = (b: number): boolean => b === 0x20 || b === 0x09 || b === 0x0d

/**
 * Calls `onLine` for every non-blank line of a file, streamed in 1 MiB chunks: 1-based number, byte range
 * without the line end, and the bytes, or undefined for a line longer than `maxLineBytes` (never held whole).
 */
export async function forEachLine(
  abs: string, onLine: (line: number, start: number, end: number, bytes: Uint8Array | undefined) => void, maxLineBytes = Infinity,
): Promise<void> {
  let parts: Buffer[] = []
  let length = 0
  let lineStart = 0
  let nonBlank = false
  let lastByte = -1
  let line = 0
  const add = (piece: Buffer) => {
    if (piece.length === 0) return
    if (!nonBlank && !piece.every(isBlank)) nonBlank = true
    lastByte = piece[piece.length - 1]!
    if (length + piece.length <= maxLineBytes + 1) parts.push(piece)
    length += piece.length
  }
  const endLine = () => {
    line++
    const end = length - (lastByte === 0x0d ? 1 : 0)
    if (nonBlank) onLine(line, lineStart, lineStart + end, end <= maxLineBytes ? Buffer.concat(parts).subarray(0, end) : undefined)
    lineStart += length + 1
    parts = []
    length = 0
    nonBlank = false
    lastByte = -1
  }
  for await (const chunk of createReadStream(abs, {highWaterMark: 1 << 20}) as AsyncIterable<Buffer>) {
    let from = 0
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
      add(chunk.subarray(from, nl))
      endLine()
      from = nl + 1
    }
    if (from < chunk.length) add(chunk.subarray(from))
  }
  if (length > 0) endLine()
}

/** The record refs of one raw file; a file that cannot be read becomes one failed ref. */
export async function locateRecords(file: RawFile): Promise<RecordRef[]> {
  const format = formatOf(file.path)
  if (file.kind === 'symlink') {
    return [failedFile(file.path, format, message('error', 'parse', 'symlink-not-followed', 'a symbolic link: raw/ links are not followed; copy the file into raw/ instead'))]
  }
  if (file.kind === 'other') return [failedFile(file.path, format, message('error', 'parse', 'unreadable-file', 'not a regular file'))]
  try {
    switch (format) {
      case 'txt': {
        const failure = file.size > MAX_ARTICLE_BYTES ? tooLargeFailure(file.size, 'the file') : undefined
        return [{file: file.path, sourcePath: file.path, format, id: idFromFileName(file.path), ...(failure ? {failure} : {})}]
      }
      case 'unsupported': return [{file: file.path, sourcePath: file.path, format, id: null}]
      case 'json':
      case 'csv': {
        if (file.size > MAX_WHOLE_FILE_BYTES) return [failedFile(file.path, format, fileTooLargeFailure(file.size))]
        const bytes = await readFile(file.abs)
        return markTooLarge(format === 'json' ? locateJson(file.path, bytes) : locateCsv(file.path, bytes))
      }
      case 'jsonl': {
        const refs: RecordRef[] = []
        await forEachLine(file.abs, (line, start, end, bytes) => refs.push(jsonlRef(file.path, line, start, end, bytes)), MAX_ARTICLE_BYTES)
        if (refs.length === 0) return [failedFile(file.path, format, message('error', 'parse', 'no-records', 'the file has no records (no non-blank lines)'))]
        return refs
      }
    }
  } catch (e) {
    return [failedFile(file.path, format, message('error', 'parse', 'unreadable-file', `cannot read the file: ${(e as Error).message}`))]
  }
}

/** Reads the bytes of one record (the whole file, or its byte range). A read failure becomes the input's failure. */
export async function loadInput(rawDir: string, ref: RecordRef): Promise<RawInput> {
  const {id: _id, byteStart, byteEnd, ...input} = ref
  if (ref.failure || ref.format === 'unsupported') return {...input, bytes: new Uint8Array()}
  const abs = resolve(rawDir, ref.file)
  try {
    if (byteStart === undefined || byteEnd === undefined) return {...input, bytes: await readFile(abs)}
    const handle = await open(abs, 'r')
    try {
      const bytes = Buffer.alloc(byteEnd - byteStart)
      const {bytesRead} = await handle.read(bytes, 0, bytes.length, byteStart)
      if (bytesRead !== bytes.length) throw new Error('the file changed while it was being read')
      return {...input, bytes}
    } finally {
      await handle.close()
    }
  } catch (e) {
    return {...input, bytes: new Uint8Array(), failure: message('error', 'parse', 'unreadable-file', `cannot read the file: ${(e as Error).message}`)}
  }
}
