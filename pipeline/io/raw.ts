/** Reading raw/: listing files, finding their records, and loading one record's bytes. */
import {createReadStream} from 'node:fs'
import {lstat, open, readdir, readFile} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {message, type RawInput} from '../article.js'
import {failedFile, formatOf, idFromFileName, jsonlRef, locateCsv, locateJson, type RecordRef} from '../stages/parse/locate.js'

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

/** Calls `onLine` for every non-blank line of a file, streamed: 1-based number, byte range without the line end, bytes. */
export async function forEachLine(abs: string, onLine: (line: number, start: number, end: number, bytes: Uint8Array) => void): Promise<void> {
  let carry: Buffer = Buffer.alloc(0)
  let carryStart = 0
  let line = 0
  const emit = (bytes: Buffer, start: number) => {
    line++
    let end = bytes.length
    if (bytes[end - 1] === 0x0d) end--
    const trimmed = bytes.subarray(0, end)
    if (trimmed.some(b => b !== 0x20 && b !== 0x09)) onLine(line, start, start + end, trimmed)
  }
  for await (const chunk of createReadStream(abs, {highWaterMark: 1 << 20}) as AsyncIterable<Buffer>) {
    let buffer = carry.length ? Buffer.concat([carry, chunk]) : chunk
    let from = 0
    for (let nl = buffer.indexOf(0x0a); nl !== -1; nl = buffer.indexOf(0x0a, from)) {
      emit(buffer.subarray(from, nl), carryStart + from)
      from = nl + 1
    }
    carryStart += from
    carry = Buffer.from(buffer.subarray(from))
    buffer = carry
  }
  if (carry.length) emit(carry, carryStart)
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
      case 'txt': return [{file: file.path, sourcePath: file.path, format, id: idFromFileName(file.path)}]
      case 'unsupported': return [{file: file.path, sourcePath: file.path, format, id: null}]
      case 'json': return locateJson(file.path, await readFile(file.abs))
      case 'csv': return locateCsv(file.path, await readFile(file.abs))
      case 'jsonl': {
        const refs: RecordRef[] = []
        await forEachLine(file.abs, (line, start, end, bytes) => refs.push(jsonlRef(file.path, line, start, end, bytes)))
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
