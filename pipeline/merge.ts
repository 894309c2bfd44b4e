/**
 * readouts merge: the outputs of `readouts build --shard K/N` for K = 1..N become one out/, byte for byte the out/ a
 * single build of the whole corpus writes. Rows are streamed from each shard's Arrow files in the order of the
 * inputs (shard-inputs.jsonl.gz gives each input's place), and the entities table is tallied again in that order.
 */
import {createReadStream} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {RecordBatchReader} from 'apache-arrow'
import {IoError} from './io/raw.js'
import {closeOutput, commitOutput, openOutput} from './output.js'
import {readShardInputs, SHARD_INFO_FILE, SHARD_INPUTS_FILE, type ShardInfo, type ShardInput} from './shard.js'
import type {TableDef} from './tables/define.js'
import {tables} from './tables/index.js'
import {tallyEntities, type EntityTally} from './tables/entity-tally.js'
import type {RawSummary, Tally} from './writers/build-report.js'

/** Shards that cannot be merged: missing, duplicated, or built from different inputs or code. */
export class MergeError extends Error {
  override name = 'MergeError'
}

/** What to merge and where. */
export interface MergeOptions {
  shardDirs: readonly string[]
  outDir: string
  /** Also write the formula-safe CSV copies into out/excel/. */
  excel?: boolean
}

/** What a merge did. */
export interface MergeResult {
  shards: number
  articles: number
  rejects: number
}

/** The part of a shard's build.json a merge reads. */
interface ShardBuild {
  readouts: string
  tools: Record<string, string>
  inputs: RawSummary & {records: number}
  outputs: {articles: number; rejects: number; rejects_by_rule: Record<string, number>; warnings_by_rule: Record<string, number>}
}

/** One shard: its folder, what shard.json and build.json say. */
interface Shard {
  dir: string
  info: ShardInfo
  build: ShardBuild
}

/** Reads a JSON file of a shard, or says which shard is not one. */
async function readShardJson<T>(dir: string, name: string): Promise<T> {
  const text = await readFile(join(dir, name), 'utf8').catch(() => {
    throw new MergeError(`${dir}: no ${name}: not the output of readouts build --shard K/N`)
  })
  return JSON.parse(text) as T
}

/** Reads every shard and checks they are the N shards of one build: each K once, the same inputs and code. */
async function readShards(dirs: readonly string[]): Promise<Shard[]> {
  if (dirs.length === 0) throw new MergeError('name the shard folders to merge')
  const shards = await Promise.all(dirs.map(async dir => ({
    dir, info: await readShardJson<ShardInfo>(dir, SHARD_INFO_FILE), build: await readShardJson<ShardBuild>(dir, 'build.json'),
  })))
  const [first] = shards
  const byK = new Map<number, string>()
  for (const shard of shards) {
    const {k, n, inputs} = shard.info
    if (n !== first!.info.n) throw new MergeError(`${shard.dir} is shard ${k}/${n} but ${first!.dir} is one of ${first!.info.n}`)
    if (byK.has(k)) throw new MergeError(`${shard.dir} and ${byK.get(k)} are both shard ${k}/${n}`)
    byK.set(k, shard.dir)
    if (inputs !== first!.info.inputs || JSON.stringify({...shard.build.inputs, records: 0}) !== JSON.stringify({...first!.build.inputs, records: 0})) {
      throw new MergeError(`${shard.dir} and ${first!.dir} were built from different raw/ folders`)
    }
    if (shard.build.readouts !== first!.build.readouts || JSON.stringify(shard.build.tools) !== JSON.stringify(first!.build.tools)) {
      throw new MergeError(`${shard.dir} and ${first!.dir} were built by different versions of readouts or its libraries`)
    }
  }
  const missing = Array.from({length: first!.info.n}, (_, i) => i + 1).filter(k => !byK.has(k))
  if (missing.length > 0) throw new MergeError(`shard${missing.length > 1 ? 's' : ''} ${missing.map(k => `${k}/${first!.info.n}`).join(', ')} missing`)
  return shards.sort((a, b) => a.info.k - b.info.k)
}

/** The rows of a table's Arrow file, streamed, as the plain objects a build writes (dates as YYYY-MM-DD). */
async function* arrowRows(path: string, table: TableDef): AsyncGenerator<Record<string, unknown>> {
  const reader = await RecordBatchReader.from(createReadStream(path))
  for await (const batch of reader) {
    const columns = table.columns.map(c => ({name: c.name, date: c.kind === 'date', vector: batch.getChild(c.name)!}))
    for (let i = 0; i < batch.numRows; i++) {
      const row: Record<string, unknown> = {}
      for (const {name, date, vector} of columns) {
        const value = vector.get(i) as unknown
        row[name] = date && value !== null ? new Date(value as number).toISOString().slice(0, 10) : value
      }
      yield row
    }
  }
}

/** A cursor over a stream of rows that can look at the next row before taking it. */
class RowCursor {
  private next: IteratorResult<Record<string, unknown>> | undefined
  constructor(private readonly rows: AsyncIterator<Record<string, unknown>>, readonly where: string) {}

  /** The next row without taking it, or undefined at the end. */
  async peek(): Promise<Record<string, unknown> | undefined> {
    this.next ??= await this.rows.next()
    return this.next.done ? undefined : this.next.value
  }

  /** Takes the next row; a shard that has fewer rows than its inputs say is an error. */
  async take(): Promise<Record<string, unknown>> {
    const row = await this.peek()
    if (!row) throw new MergeError(`${this.where} ends early: the shard is incomplete or was changed`)
    this.next = undefined
    return row
  }

  /** Takes the rows that belong to one article (consecutive rows with its id). */
  async takeArticle(articleId: unknown): Promise<Record<string, unknown>[]> {
    const rows: Record<string, unknown>[] = []
    for (let row = await this.peek(); row && row.article_id === articleId; row = await this.peek()) rows.push(await this.take())
    return rows
  }
}

/** Adds the counts of a shard's build.json to the tally. */
function addCounts(tally: Tally, build: ShardBuild): void {
  tally.inputs += build.inputs.records
  tally.articles += build.outputs.articles
  tally.rejects += build.outputs.rejects
  for (const [rule, n] of Object.entries(build.outputs.rejects_by_rule)) tally.rejectsByRule[rule] = (tally.rejectsByRule[rule] ?? 0) + n
  for (const [rule, n] of Object.entries(build.outputs.warnings_by_rule)) tally.warningsByRule[rule] = (tally.warningsByRule[rule] ?? 0) + n
}

/** Merges the shards' outputs into one out/ (replaced in one step when complete, like a build). */
export async function merge(options: MergeOptions): Promise<MergeResult> {
  const shards = await readShards(options.shardDirs)
  const total = shards[0]!.info.inputs
  const perArticle = tables.filter(t => t.name !== 'articles' && t.name !== 'rejects' && t.name !== 'entities')
  const output = await openOutput(options.outDir, options.excel ?? false)
  let failed = true
  try {
    const cursors = shards.map(shard => {
      const cursor = (table: TableDef) => new RowCursor(arrowRows(join(shard.dir, `${table.name}.arrow`), table), `${shard.dir}/${table.name}.arrow`)
      return {
        articles: cursor(tables.find(t => t.name === 'articles')!),
        rejects: cursor(tables.find(t => t.name === 'rejects')!),
        perArticle: perArticle.map(t => ({name: t.name, rows: cursor(t)})),
        inputs: readShardInputs(join(shard.dir, SHARD_INPUTS_FILE)),
      }
    })
    // which shard holds the input at each place: each shard's next input registers its place
    const owner = new Int32Array(total).fill(-1)
    const pending: Array<ShardInput | undefined> = []
    const advance = async (s: number) => {
      const next = await cursors[s]!.inputs.next()
      pending[s] = next.done ? undefined : next.value
      if (pending[s]) {
        const {at} = pending[s]!
        if (!(at >= 0 && at < total) || owner[at] !== -1) throw new MergeError(`${shards[s]!.dir}: input ${at} is out of place: the shards do not fit together`)
        owner[at] = s
      }
    }
    for (let s = 0; s < shards.length; s++) await advance(s)
    const entities: EntityTally = new Map()
    const {writers} = output
    for (let at = 0; at < total; at++) {
      const s = owner[at]!
      if (s === -1) throw new MergeError(`no shard holds input ${at} of ${total}: were all shards built from the same raw/?`)
      const input = pending[s]!
      const cursor = cursors[s]!
      if (input.entities) {
        const article = await cursor.articles.take()
        await writers.get('articles')!.append([article])
        for (const table of cursor.perArticle) await writers.get(table.name)!.append(await table.rows.takeArticle(article.article_id))
        tallyEntities(entities, input.entities)
      } else {
        await writers.get('rejects')!.append([await cursor.rejects.take()])
      }
      await advance(s)
    }
    for (const cursor of cursors) {
      for (const rows of [cursor.articles, cursor.rejects, ...cursor.perArticle.map(t => t.rows)]) {
        if (await rows.peek()) throw new MergeError(`${rows.where} has rows its shard-inputs do not account for`)
      }
    }
    const tally: Tally = {inputs: 0, articles: 0, rejects: 0, rejectsByRule: {}, warningsByRule: {}}
    for (const shard of shards) addCounts(tally, shard.build)
    const {records: _records, ...raw} = shards[0]!.build.inputs
    await commitOutput(output, {raw, tally, entities})
    failed = false
    return {shards: shards.length, articles: tally.articles, rejects: tally.rejects}
  } catch (error) {
    if (error instanceof Error && 'code' in error && typeof (error as NodeJS.ErrnoException).code === 'string') {
      throw new IoError(`cannot read a shard: ${error.message}`)
    }
    throw error
  } finally {
    await closeOutput(output, failed)
  }
}
