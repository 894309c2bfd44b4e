/** An out/ under construction, shared by build and merge: the lock, a staging folder, a writer per table, the commit. */
import {createHash} from 'node:crypto'
import {mkdir, rm} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {acquireLock, commitStaging, createStaging, fileSink, outputPlace, readToolVersions, writeStagedFile, type OutputPlace} from './io/out.js'
import {allRules} from './rules.js'
import {SHARD_INFO_FILE, SHARD_INPUTS_FILE} from './shard.js'
import {tables} from './tables/index.js'
import {entityRows, type EntityTally} from './tables/entity-tally.js'
import {buildReport, type RawSummary, type Tally} from './writers/build-report.js'
import {codebook} from './writers/codebook.js'
import {datapackage} from './writers/datapackage.js'
import {FORMATS, openTableWriter, type TableReport, type TableWriter} from './writers/table-writer.js'
import {VERSION} from './version.js'

/** The packages whose versions go into build.json (they shape the bytes of out/). */
const TOOLS = ['apache-arrow', 'parquet-wasm', 'papaparse', 'ajv', 'ajv-formats', 'jsonc-parser', 'p-limit']

/** The folder of out/ that holds the formula-safe CSV copies (`--excel`). */
export const EXCEL_FOLDER = 'excel'

/** The names of the files every build and merge writes into out/. */
export const BUILD_FILES: ReadonlySet<string> = new Set([
  ...tables.flatMap(t => FORMATS.map(f => `${t.name}.${f}`)), 'datapackage.json', 'build.json', 'codebook.md',
])

/** The names of everything out/ may hold: the build files, excel/ (`--excel`), and a shard's two files. */
const OUTPUT_FILES: ReadonlySet<string> = new Set([...BUILD_FILES, EXCEL_FOLDER, SHARD_INFO_FILE, SHARD_INPUTS_FILE])

/** An output being written: where it goes, its staging folder and a writer per table. */
export interface Output {
  place: OutputPlace
  staging: string
  writers: Map<string, TableWriter>
  release: () => Promise<void>
}

/** Takes out/'s lock and opens a writer for every table in a fresh staging folder (and the spreadsheet copies in excel/). */
export async function openOutput(outDir: string, excel: boolean): Promise<Output> {
  const place = outputPlace(outDir)
  const release = await acquireLock(place)
  const output: Output = {place, staging: '', writers: new Map(), release}
  try {
    output.staging = await createStaging(place)
    if (excel) await mkdir(join(output.staging, EXCEL_FOLDER))
    for (const table of tables) {
      const sinks = Object.fromEntries(await Promise.all(FORMATS.map(async f => [f, await fileSink(join(output.staging, `${table.name}.${f}`))] as const)))
      const excelSink = excel ? await fileSink(join(output.staging, EXCEL_FOLDER, `${table.name}.csv`)) : undefined
      output.writers.set(table.name, await openTableWriter(table, sinks as never, `readouts ${VERSION}`, excelSink))
    }
    return output
  } catch (error) {
    await closeOutput(output, true)
    throw error
  }
}

/** What goes into build.json besides the tables: the raw files, the counts, and the shard when there is one. */
export interface OutputSummary {
  raw: RawSummary
  tally: Tally
  /** The entity tally of every article, in output order: the rows of the entities table. */
  entities: EntityTally
  extra?: Record<string, unknown>
}

/**
 * Writes the entities table and the files that describe the output, then commits it: out/ becomes the new build in
 * one step. Returns the build's id (a hash of what it describes).
 */
export async function commitOutput(output: Output, summary: OutputSummary): Promise<string> {
  const {writers, staging, place} = output
  // the entities table aggregates the whole build: its rows go out once every article is in
  await writers.get('entities')!.append(entityRows(summary.entities))
  const reports = new Map<string, TableReport>()
  for (const [name, writer] of writers) reports.set(name, await writer.close())
  writers.clear()
  const tools = await readToolVersions(TOOLS, dirname(fileURLToPath(import.meta.url)))
  const packageJson = JSON.stringify(datapackage(tables, reports, VERSION), null, 2) + '\n'
  const buildJson = JSON.stringify({...buildReport({raw: summary.raw, tally: summary.tally, reports, tools}), ...summary.extra}, null, 2) + '\n'
  await writeStagedFile(staging, 'datapackage.json', packageJson)
  await writeStagedFile(staging, 'build.json', buildJson)
  await writeStagedFile(staging, 'codebook.md', codebook(tables, allRules))
  // the build's folder is named by its content: an identical rebuild lands on the same name
  const id = createHash('sha256').update(packageJson).update(buildJson).digest('hex').slice(0, 16)
  await commitStaging(place, staging, id, OUTPUT_FILES)
  return id
}

/** Releases an output: after a failure (`failed`), its writers give up; the staging folder goes and the lock is released. */
export async function closeOutput(output: Output, failed: boolean): Promise<void> {
  try {
    if (failed) await Promise.all([...output.writers.values()].map(w => w.abort()))
    if (output.staging) await rm(output.staging, {recursive: true, force: true})
  } finally {
    await output.release()
  }
}
