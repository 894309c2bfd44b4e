/** build(): list raw/ -> find records -> read and process them in id order -> write every table -> commit out/. */
import {createHash} from 'node:crypto'
import {rm} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Piscina} from 'piscina'
import {hasError, message, type ArticleOutcome, type RawInput} from './article.js'
import {comparePaths, listRaw, loadInput, locateRecords, type RawFile} from './io/raw.js'
import {openCache} from './io/cache.js'
import {acquireLock, commitStaging, createStaging, fileSink, outputPlace, readBuildState, readToolVersions, writeBuildState, writeStagedFile} from './io/out.js'
import {mapOrdered} from './ordered.js'
import {processInput, type ProcessedInput} from './process-input.js'
import {allRules} from './rules.js'
import type {RecordRef} from './stages/parse/locate.js'
import {defaultThemes, type CompiledThemes} from './stages/themes/themes-file.js'
import {tables} from './tables/index.js'
import {entityRows, tallyEntities, type EntityTally} from './tables/entity-tally.js'
import {rejectRow} from './tables/rows.js'
import {buildReport, newTally, tallyArticle} from './writers/build-report.js'
import {codebook} from './writers/codebook.js'
import {datapackage} from './writers/datapackage.js'
import {FORMATS, openTableWriter, type TableReport, type TableWriter} from './writers/table-writer.js'
import {CODE_VERSION, VERSION} from './version.js'

/** What a build reads and where it writes. */
export interface BuildOptions {
  rawDir: string
  outDir: string
  /** Inputs read and processed at once (output is the same for any value). */
  concurrency: number
  /** Rebuild even when nothing changed since the last build. */
  force?: boolean
  /** The themes to count (default: pipeline/data/themes.json). */
  themes?: CompiledThemes
  /** Worker threads that process the articles (0: all in this thread); output is the same for any number. */
  workers?: number
  /** The worker script (default: worker.mjs beside this module, i.e. dist/worker.mjs). */
  workerScript?: string
  /** The article cache folder (see io/cache.ts); no cache when absent, or when running from source (no code version). */
  cacheDir?: string
  onProgress?: (done: number, total: number) => void
}

/** What a build did. */
export interface BuildResult {
  skipped: boolean
  articles: number
  rejects: number
  rejectsByRule: Record<string, number>
  outDir: string
  /** Inputs whose rows came from the article cache (not processed again). */
  cached?: number
}

/** The packages whose versions go into build.json (they shape the bytes of out/). */
const TOOLS = ['apache-arrow', 'parquet-wasm', 'papaparse', 'ajv', 'ajv-formats', 'jsonc-parser', 'p-limit']

/** A fingerprint of everything a build depends on: code, options and each raw file's path, size and time. */
function fingerprintOf(files: readonly RawFile[], rawDir: string, themes: CompiledThemes): string {
  const hash = createHash('sha256').update(`${CODE_VERSION}\n${rawDir}\n${themes.key}\n`)
  for (const f of files) hash.update(`${f.path}\t${f.kind}\t${f.size}\t${f.mtimeMs}\n`)
  return hash.digest('hex')
}

/** Sorts refs into output order: unknown ids first, then by id (code points), ties in raw/ order. */
export function sortRefs(refs: RecordRef[]): RecordRef[] {
  return refs
    .map((ref, i) => ({ref, i}))
    .sort((a, b) => {
      if (a.ref.id === null || b.ref.id === null) return a.ref.id === b.ref.id ? a.i - b.i : a.ref.id === null ? -1 : 1
      return comparePaths(a.ref.id, b.ref.id) || a.i - b.i
    })
    .map(x => x.ref)
}

/** Marks an accepted article whose id an earlier accepted article already has (refs come sorted by id). */
export function dedupeById(): (article: ArticleOutcome) => void {
  let last: {id: string; sourcePath: string} | undefined
  return article => {
    if (hasError(article) || article.id === undefined) return
    if (last?.id === article.id) {
      const line = article.input.line
      article.messages.push(message('error', 'build', 'duplicate-id', `the id "${article.id}" is already used by ${last.sourcePath}`,
        line === undefined ? {} : {place: {line}}))
      return
    }
    last = {id: article.id, sourcePath: article.input.sourcePath}
  }
}

/** Opens a writer for every table, each writing its three files into `staging`. */
async function openWriters(staging: string): Promise<Map<string, TableWriter>> {
  const writers = new Map<string, TableWriter>()
  for (const table of tables) {
    const sinks = Object.fromEntries(await Promise.all(FORMATS.map(async f => [f, await fileSink(join(staging, `${table.name}.${f}`))] as const)))
    writers.set(table.name, await openTableWriter(table, sinks as never, `readouts ${VERSION}`))
  }
  return writers
}

/** The names of every file a build writes into out/. */
export const OUTPUT_FILES: ReadonlySet<string> = new Set([
  ...tables.flatMap(t => FORMATS.map(f => `${t.name}.${f}`)), 'datapackage.json', 'build.json', 'codebook.md',
])

/** Where inputs are processed: in this thread, or in a pool of worker threads. */
interface Processor {
  run: (input: RawInput) => Promise<ProcessedInput>
  close: () => Promise<void>
}

/** The processor of a build: `workers` worker threads running dist/worker.mjs (piscina), or this thread when 0. */
function processorOf(themes: CompiledThemes, workers: number, workerScript = new URL('./worker.mjs', import.meta.url).href): Processor {
  if (workers <= 0) return {run: async input => processInput(input, {themes}), close: async () => {}}
  const pool = new Piscina({filename: workerScript, minThreads: workers, maxThreads: workers, idleTimeout: 1000, workerData: {themes}})
  return {run: input => pool.run(input) as Promise<ProcessedInput>, close: () => pool.destroy()}
}

/** Builds out/ from raw/. Throws IoError when raw/ cannot be read or out/ cannot be written; out/ is then unchanged. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const {rawDir, outDir, concurrency, themes = defaultThemes} = options
  const files = await listRaw(rawDir)
  const place = outputPlace(outDir)
  const fingerprint = fingerprintOf(files, rawDir, themes)
  const tally = newTally()
  if (!options.force && CODE_VERSION !== 'dev' && (await readBuildState(place)) === fingerprint) {
    return {skipped: true, articles: 0, rejects: 0, rejectsByRule: {}, outDir}
  }
  const release = await acquireLock(place)
  const staging = await createStaging(place)
  let writers = new Map<string, TableWriter>()
  let processor: Processor | undefined
  try {
    const located: RecordRef[][] = []
    for await (const refs of mapOrdered(files, locateRecords, {concurrency})) located.push(refs)
    const refs = sortRefs(located.flat())
    writers = await openWriters(staging)
    const markDuplicate = dedupeById()
    const entities: EntityTally = new Map()
    let done = 0
    processor = processorOf(themes, options.workers ?? 0, options.workerScript)
    const processInputs = processor.run
    // code run from source has no version to key the cache by (as it never skips a build)
    const cache = options.cacheDir && CODE_VERSION !== 'dev' ? await openCache(options.cacheDir, CODE_VERSION, themes.key) : undefined
    let cached = 0
    const run = async (input: RawInput): Promise<ProcessedInput> => {
      if (!cache) return processInputs(input)
      const key = cache.key(input)
      const hit = await cache.get(key)
      if (hit) { cached++; return hit }
      const result = await processInputs(input)
      await cache.put(key, result)
      return result
    }
    const processed = mapOrdered(refs, async ref => run(await loadInput(rawDir, ref)), {concurrency})
    for await (const {outcome, rows: processedRows, entities: articleEntities} of processed) {
      const accepted = !hasError(outcome)
      markDuplicate(outcome)
      tallyArticle(tally, outcome)
      // a duplicate id turns an accepted article into a reject here, where the order of inputs is known
      const rows = accepted && hasError(outcome) ? {kind: 'rejected' as const, reject: rejectRow(outcome)} : processedRows
      if (rows.kind === 'accepted') {
        await writers.get('articles')!.append([rows.article])
        for (const [table, tableRows] of Object.entries(rows.tables)) await writers.get(table)!.append(tableRows)
        tallyEntities(entities, articleEntities)
      } else {
        await writers.get('rejects')!.append([rows.reject])
      }
      options.onProgress?.(++done, refs.length)
    }
    // the entities table aggregates the whole build: its rows go out once every article is in
    await writers.get('entities')!.append(entityRows(entities))
    const reports = new Map<string, TableReport>()
    for (const [name, writer] of writers) reports.set(name, await writer.close())
    const tools = await readToolVersions(TOOLS, dirname(fileURLToPath(import.meta.url)))
    const packageJson = JSON.stringify(datapackage(tables, reports, VERSION), null, 2) + '\n'
    const buildJson = JSON.stringify(buildReport({files, tally, reports, tools}), null, 2) + '\n'
    await writeStagedFile(staging, 'datapackage.json', packageJson)
    await writeStagedFile(staging, 'build.json', buildJson)
    await writeStagedFile(staging, 'codebook.md', codebook(tables, allRules))
    // the build's folder is named by its content: an identical rebuild lands on the same name
    const id = createHash('sha256').update(packageJson).update(buildJson).digest('hex').slice(0, 16)
    await commitStaging(place, staging, id, OUTPUT_FILES)
    await writeBuildState(place, fingerprint, id)
    return {skipped: false, articles: tally.articles, rejects: tally.rejects, rejectsByRule: tally.rejectsByRule, outDir, cached}
  } catch (error) {
    await Promise.all([...writers.values()].map(w => w.abort()))
    throw error
  } finally {
    await processor?.close()
    await rm(staging, {recursive: true, force: true})
    await release()
  }
}
