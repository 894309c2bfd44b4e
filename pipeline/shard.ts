/**
 * Shards: `readouts build --shard K/N` processes the inputs whose id hashes to K of N, so that N machines (a Slurm
 * job array, Kubernetes indexed jobs) build one corpus with no coordinator. Each shard's out/ is a complete dataset
 * of its inputs plus `shard.json` and `shard-inputs.jsonl.gz`, which tell `readouts merge` where each input goes.
 */
import {createHash} from 'node:crypto'
import {once} from 'node:events'
import {createReadStream, createWriteStream} from 'node:fs'
import {createInterface} from 'node:readline'
import {pipeline} from 'node:stream/promises'
import {createGunzip, createGzip} from 'node:zlib'
import type {ArticleEntity} from './tables/entity-tally.js'
import type {RecordRef} from './stages/parse/locate.js'

/** One shard of N, numbered from 1. */
export interface ShardSpec {
  k: number
  n: number
}

/** What a shard's shard.json says: which shard it is, of how many inputs in all (every shard locates them all). */
export interface ShardInfo extends ShardSpec {
  inputs: number
}

/** The file beside a shard's tables that says which shard it is. */
export const SHARD_INFO_FILE = 'shard.json'

/** The file beside a shard's tables that lists its inputs in order: global position, accepted, entities. */
export const SHARD_INPUTS_FILE = 'shard-inputs.jsonl.gz'

/** Parses `K/N` (1 <= K <= N), or returns a reason it is not one. */
export function parseShard(text: string): ShardSpec | {error: string} {
  const m = /^(\d+)\/(\d+)$/.exec(text)
  const k = Number(m?.[1])
  const n = Number(m?.[2])
  if (!m || !Number.isSafeInteger(n) || n < 1 || k < 1 || k > n) return {error: `--shard must be K/N with 1 <= K <= N, such as 3/8 (got "${text}")`}
  return {k, n}
}

/**
 * Whether an input belongs to shard `k` of `n`: a hash of its id (of its path when it has none), so that inputs
 * claiming one id meet in one shard, where the duplicate is found.
 */
export function inShard(ref: RecordRef, {k, n}: ShardSpec): boolean {
  const key = ref.id === null ? `path:${ref.sourcePath}` : `id:${ref.id}`
  return createHash('sha256').update(key).digest().readUInt32BE(0) % n === k - 1
}

/** One line of shard-inputs.jsonl.gz: the input's position among all inputs, and the entities of an accepted article. */
export interface ShardInput {
  /** Position of the input among every input of the corpus, in output order. */
  at: number
  /** The entities an accepted article mentions (absent for a reject). */
  entities?: ArticleEntity[]
}

/** Writes a shard's input lines, gzipped and streamed, to `path`. */
export function shardInputsWriter(path: string): {add(line: ShardInput): Promise<void>; close(): Promise<void>; abort(): void} {
  const gzip = createGzip()
  const done = pipeline(gzip, createWriteStream(path))
  done.catch(() => {}) // a failure surfaces in close(); after abort() it does not matter
  return {
    async add(line) {
      if (!gzip.write(JSON.stringify(line) + '\n')) await once(gzip, 'drain')
    },
    async close() {
      gzip.end()
      await done
    },
    abort() {
      gzip.destroy()
    },
  }
}

/** Reads a shard's input lines one at a time, streamed. */
export async function* readShardInputs(path: string): AsyncGenerator<ShardInput> {
  const lines = createInterface({input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity})
  for await (const line of lines) if (line !== '') yield JSON.parse(line) as ShardInput
}
