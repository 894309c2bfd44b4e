// Shared test helpers: fixture paths, builds into temporary folders, and reading CSV back.
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import Papa from 'papaparse'
import {build, type BuildResult} from '../pipeline/run.js'

/** The project root (tests run from it). */
export const ROOT = process.cwd()

/** The raw/ folder of a fixture case. */
export function fixtureRaw(name: string): string {
  return join(ROOT, 'test/fixtures', name, 'raw')
}

/** A new empty temporary folder. */
export function tempDir(prefix = 'readouts-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/** Builds `rawDir` into a new temporary out/ and returns where. */
export async function buildInto(rawDir: string, concurrency = 4): Promise<{out: string; result: BuildResult}> {
  const out = join(tempDir(), 'out')
  const result = await build({rawDir, outDir: out, concurrency, force: true})
  return {out, result}
}

/** The rows of a CSV file as objects of strings (papaparse, header row). */
export function readCsv(path: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {header: true, skipEmptyLines: true})
  if (parsed.errors.length) throw new Error(`${path}: ${parsed.errors[0]!.message}`)
  return parsed.data
}

/** The shared development data, when it is beside the project. */
export const SHARED = join(ROOT, '../shared')
export const hasShared = existsSync(join(SHARED, 'data/dev-corpus'))

/** A .txt raw input for processArticle. */
export function txtInput(file: string, text: string | Uint8Array) {
  return {sourcePath: file, file, format: 'txt' as const, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text}
}

/** A ByteSink that keeps what it receives in memory. */
export function memorySink(): import('../pipeline/writers/sink.js').ByteSink & {bytes(): Uint8Array} {
  const chunks: Buffer[] = []
  return {
    async write(chunk) { chunks.push(Buffer.from(chunk)) },
    async close() { return {bytes: Buffer.concat(chunks).length, sha256: ''} },
    async abort() { chunks.length = 0 },
    bytes: () => new Uint8Array(Buffer.concat(chunks)),
  }
}

/** A copy of a gold file with only the seeds' lines (their ids start with three digits and "_"), so a test needs nothing beside the project. */
export function seedGold(goldFile: string): string {
  const seeds = readFileSync(goldFile, 'utf8').split('\n').filter(l => /"article_id": "\d{3}_/.test(l))
  if (seeds.length !== 5) throw new Error(`${goldFile}: expected the 5 seeds, found ${seeds.length}`)
  const path = join(tempDir('readouts-gold-'), 'seeds.jsonl')
  writeFileSync(path, seeds.join('\n'))
  return path
}
