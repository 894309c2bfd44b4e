// Sharded builds (`readouts build --shard K/N`) merged by `readouts merge` give the out/ of one whole build, byte for
// byte; shards that do not fit together stop the merge with a clear message. Also: the spreadsheet copies of --excel.
import {spawnSync} from 'node:child_process'
import {cpSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {inShard, parseShard} from '../pipeline/shard.js'
import {fixtureRaw, readCsv, ROOT, tempDir} from './helpers.js'

/** Runs `readouts ...args` from the bundle; returns its exit code and output. */
function readouts(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'dist/readouts.mjs'), ...args], {encoding: 'utf8'})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** Every file of an output folder (excel/ included), by relative name. */
function filesOf(dir: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {}
  for (const entry of readdirSync(dir, {recursive: true, withFileTypes: true})) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name).slice(dir.length + 1)] = readFileSync(join(entry.parentPath, entry.name))
  }
  return files
}

describe('parseShard and inShard', () => {
  it('reads K/N and puts every input in exactly one shard, inputs of one id together', () => {
    expect(parseShard('3/8')).toEqual({k: 3, n: 8})
    for (const bad of ['0/8', '9/8', '3', '3/0', 'a/b', '-1/2']) expect(parseShard(bad)).toHaveProperty('error')
    const refs = Array.from({length: 200}, (_, i) => ({file: 'f', sourcePath: `f:${i}`, format: 'jsonl' as const, id: i % 7 ? `id-${i}` : null}))
    for (const ref of refs) expect([1, 2, 3, 4].filter(k => inShard(ref, {k, n: 4}))).toHaveLength(1)
    expect(new Set([1, 2, 3, 4].map(k => refs.filter(ref => inShard(ref, {k, n: 4})).length > 20))).toEqual(new Set([true]))
    const twin = {...refs[1]!, sourcePath: 'g.txt'}
    expect([1, 2, 3, 4].map(k => inShard(twin, {k, n: 4}))).toEqual([1, 2, 3, 4].map(k => inShard(refs[1]!, {k, n: 4})))
  })
})

describe('readouts build --shard K/N, then readouts merge', () => {
  let dir: string
  let raw: string
  beforeAll(() => {
    dir = tempDir()
    raw = join(dir, 'raw')
    // articles in every format, rejects with and without ids, and two files claiming one id
    cpSync(join(ROOT, 'raw'), raw, {recursive: true})
    for (const fixture of ['ok-jsonl', 'ok-csv', 'ok-json', 'not-ok-duplicate-id', 'not-ok-invalid-utf8', 'not-ok-jsonl-bad-line', 'not-ok-csv-missing-column']) {
      cpSync(fixtureRaw(fixture), join(raw, fixture), {recursive: true})
    }
    writeFileSync(join(raw, 'formula.json'), '{"id": "formula", "title": "=HYPERLINK(\\"http://x\\")", "text": "-5 degrees in Beijing; @ and + too."}')
  })

  it('gives the out/ of one build, byte for byte (with --excel too)', () => {
    expect(readouts('build', '--raw', raw, '--out', join(dir, 'whole'), '--excel', '--quiet').status).toBe(0)
    for (const k of [1, 2, 3]) {
      const shard = readouts('build', '--raw', raw, '--out', join(dir, 'parts', `shard-${k}-of-3`), '--shard', `${k}/3`, '--excel')
      expect(shard.status, shard.stderr).toBe(0)
      expect(shard.stdout).toMatch(new RegExp(`\\(shard ${k}/3\\): \\d+ articles`))
    }
    const parts = [3, 1, 2].map(k => join(dir, 'parts', `shard-${k}-of-3`))
    const merged = readouts('merge', '--out', join(dir, 'merged'), '--excel', ...parts)
    expect(merged.status, merged.stderr).toBe(0)
    expect(merged.stdout).toMatch(/merged 3 shards into .*: \d+ articles, \d+ rejects/)
    const whole = filesOf(join(dir, 'whole'))
    expect(Object.keys(whole)).toContain('excel/articles.csv')
    expect(filesOf(join(dir, 'merged'))).toEqual(whole)
    expect(readCsv(join(dir, 'whole', 'rejects.csv')).map(r => r.rule)).toContain('duplicate-id')
  })

  it('stops with a clear message when a shard is missing, repeated, or not a shard', () => {
    const part = (k: number) => join(dir, 'parts', `shard-${k}-of-3`)
    const missing = readouts('merge', '--out', join(dir, 'bad'), part(1), part(3))
    expect([missing.status, missing.stderr]).toEqual([1, 'readouts merge: shard 2/3 missing\n'])
    expect(readouts('merge', '--out', join(dir, 'bad'), part(1), part(1), part(2)).stderr).toMatch(/are both shard 1\/3/)
    expect(readouts('merge', '--out', join(dir, 'bad'), join(dir, 'whole')).stderr).toMatch(/no shard\.json: not the output of readouts build --shard/)
    expect(readouts('build', '--raw', raw, '--out', join(dir, 'bad'), '--shard', '4/3').status).toBe(2)
  })

  it('writes spreadsheet copies with a byte-order mark and formulas neutralized; the CSV of out/ stays lossless', () => {
    const lossless = readCsv(join(dir, 'whole', 'articles.csv')).find(a => a.article_id === 'formula')!
    expect(lossless.title).toBe('=HYPERLINK("http://x")')
    const excel = readFileSync(join(dir, 'whole', 'excel', 'articles.csv'), 'utf8')
    expect(excel.startsWith('\ufeffarticle_id,')).toBe(true)
    expect(excel).toContain(`"'=HYPERLINK(""http://x"")"`)
    expect(excel).toContain(`'-5 degrees in Beijing`)
  })
})
