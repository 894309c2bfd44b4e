/** build(): list raw/ -> find records -> read and process them in id order -> write every table -> commit out/. */
import {createHash} from 'node:crypto'
import {join} from 'node:path'
import {Piscina} from 'piscina'
import {hasError, message, type ArticleOutcome, type RawInput} from './article.js'
import {comparePaths, listRaw, loadInput, locateRecords, type RawFile} from './io/raw.js'
import {openCache} from './io/cache.js'
import {outputPlace, readBuildState, writeBuildState, writeStagedFile} from './io/out.js'
import {mapOrdered} from './ordered.js'
import {closeOutput, commitOutput, openOutput} from './output.js'
import {processInput, type ProcessedInput} from './process-input.js'
import {inShard, SHARD_INFO_FILE, SHARD_INPUTS_FILE, shardInputsWriter, type ShardInfo, type ShardSpec} from './shard.js'
import type {RecordRef} from './stages/parse/locate.js'
import {defaultThemes, type CompiledThemes} from './stages/themes/themes-file.js'
import {tallyEntities, type EntityTally} from './tables/entity-tally.js'
import {rejectRow} from './tables/rows.js'
import {newTally, rawSummary, tallyArticle} from './writers/build-report.js'
import {CODE_VERSION} from './version.js'

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
  /** Also write formula-safe CSV copies for spreadsheets into out/excel/ (lossy; see csvEncoder). */
  excel?: boolean
  /** Build only this shard of the inputs (see shard.ts); out/ also gets shard.json and shard-inputs.jsonl.gz. */
  shard?: ShardSpec
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

/** A fingerprint of everything a build depends on: code, options and each raw file's path, size and time. */
function fingerprintOf(files: readonly RawFile[], rawDir: string, themes: CompiledThemes, options: BuildOptions): string {
  const shard = options.shard ? `${options.shard.k}/${options.shard.n}` : ''
  const hash = createHash('sha256').update(`${CODE_VERSION}\n${rawDir}\n${themes.key}\n${options.excel ? 'excel' : ''}\n${shard}\n`)
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

/** Builds out/ from raw/ (or one shard of it). Throws IoError when raw/ cannot be read or out/ cannot be written; out/ is then unchanged. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const {rawDir, outDir, concurrency, themes = defaultThemes, shard} = options
  const files = await listRaw(rawDir)
  const place = outputPlace(outDir)
  const fingerprint = fingerprintOf(files, rawDir, themes, options)
  const tally = newTally()
  if (!options.force && CODE_VERSION !== 'dev' && (await readBuildState(place)) === fingerprint) {
    return {skipped: true, articles: 0, rejects: 0, rejectsByRule: {}, outDir}
  }
  const output = await openOutput(outDir, options.excel ?? false)
  const {writers} = output
  let processor: Processor | undefined
  let shardInputs: ReturnType<typeof shardInputsWriter> | undefined
  let failed = true
  try {
    const located: RecordRef[][] = []
    for await (const refs of mapOrdered(files, locateRecords, {concurrency})) located.push(refs)
    const refs = sortRefs(located.flat())
    // each input with its position among all inputs (a shard keeps those that hash to it)
    const selected = refs.map((ref, at) => ({ref, at})).filter(({ref}) => !shard || inShard(ref, shard))
    if (shard) {
      shardInputs = shardInputsWriter(join(output.staging, SHARD_INPUTS_FILE))
      const info: ShardInfo = {...shard, inputs: refs.length}
      await writeStagedFile(output.staging, SHARD_INFO_FILE, JSON.stringify(info, null, 2) + '\n')
    }
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
    const processed = mapOrdered(selected, async ({ref, at}) => ({at, ...(await run(await loadInput(rawDir, ref)))}), {concurrency})
    for await (const {at, outcome, rows: processedRows, entities: articleEntities} of processed) {
      const accepted = !hasError(outcome)
      markDuplicate(outcome)
      tallyArticle(tally, outcome)
      // a duplicate id turns an accepted article into a reject here, where the order of inputs is known
      const rows = accepted && hasError(outcome) ? {kind: 'rejected' as const, reject: rejectRow(outcome)} : processedRows
      if (rows.kind === 'accepted') {
        await writers.get('articles')!.append([rows.article])
        for (const [table, tableRows] of Object.entries(rows.tables)) await writers.get(table)!.append(tableRows)
        tallyEntities(entities, articleEntities)
        await shardInputs?.add({at, entities: articleEntities})
      } else {
        await writers.get('rejects')!.append([rows.reject])
        await shardInputs?.add({at})
      }
      options.onProgress?.(++done, selected.length)
    }
    await shardInputs?.close()
    shardInputs = undefined
    const id = await commitOutput(output, {raw: rawSummary(files), tally, entities, ...(shard ? {extra: {shard: {k: shard.k, n: shard.n}}} : {})})
    await writeBuildState(place, fingerprint, id)
    failed = false
    return {skipped: false, articles: tally.articles, rejects: tally.rejects, rejectsByRule: tally.rejectsByRule, outDir, cached}
  } finally {
    shardInputs?.abort()
    await processor?.close()
    await closeOutput(output, failed)
  }
}
