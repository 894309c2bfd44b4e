/**
 * The article cache: each input's processed rows, keyed by its bytes, its place in raw/, and the code and themes that
 * processed it, so a rebuild after adding one article processes only that article. It lives beside out/ (never in
 * it), one folder per code version; folders of other versions are removed when a build opens the cache. Entries are
 * V8-serialized and deflated (level 1): about the size of the raw text.
 */
import {createHash, randomBytes} from 'node:crypto'
import {mkdir, readFile, readdir, rename, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {deserialize, serialize} from 'node:v8'
import {promisify} from 'node:util'
import {deflateRaw, inflateRaw} from 'node:zlib'
import type {RawInput} from '../article.js'
import type {ProcessedInput} from '../process-input.js'

/** A cache of processed inputs. Failures to read or write it are never errors: the input is processed again. */
export interface ArticleCache {
  /** The key of an input (a hash of its bytes, its place, the code and the themes). */
  key(input: RawInput): string
  get(key: string): Promise<ProcessedInput | undefined>
  put(key: string, value: ProcessedInput): Promise<void>
}

const deflate = promisify(deflateRaw)
const inflate = promisify(inflateRaw)

/** The default cache folder of an output folder: `.out.cache` beside `out`. */
export function cacheDirOf(out: string): string {
  return join(dirname(out), `.${basename(out)}.cache`)
}

/** The key of an input: its bytes and everything else that shapes its rows (where it is, its format and line). */
function keyOf(input: RawInput, salt: string): string {
  const {bytes, ...place} = input
  return createHash('sha256').update(salt).update('\0').update(JSON.stringify(place)).update('\0').update(bytes).digest('hex')
}

/**
 * Opens the cache in `dir` for code `version` (salted with `salt`, the themes): removes the folders of other versions.
 * @example const cache = await openCache('.out.cache', CODE_VERSION, themes.key)
 */
export async function openCache(dir: string, version: string, salt: string): Promise<ArticleCache> {
  const here = join(dir, version.replace(/[^A-Za-z0-9_-]/g, '_'))
  await mkdir(here, {recursive: true})
  for (const name of await readdir(dir)) if (join(dir, name) !== here) await rm(join(dir, name), {recursive: true, force: true})
  const pathOf = (key: string) => join(here, key.slice(0, 2), key.slice(2))
  return {
    key: input => keyOf(input, salt),
    async get(key) {
      try {
        return deserialize(await inflate(await readFile(pathOf(key)))) as ProcessedInput
      } catch {
        return undefined
      }
    },
    async put(key, value) {
      const path = pathOf(key)
      const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`
      try {
        await mkdir(dirname(path), {recursive: true})
        // compressed on the libuv pool, off the thread that writes the tables
        await writeFile(temporary, await deflate(serialize(value), {level: 1}))
        await rename(temporary, path)
      } catch {
        await rm(temporary, {force: true})
      }
    },
  }
}
