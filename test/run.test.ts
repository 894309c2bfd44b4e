import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {BUILD_FILES} from '../pipeline/output.js'
import {build} from '../pipeline/run.js'
import {buildInto, fixtureRaw, readCsv, ROOT, tempDir} from './helpers.js'

/** What each fixture must give: the accepted ids (in order) and each reject's source, rule and line. */
const expectations: Record<string, {articles: string[]; rejects: Array<[string, string, string]>}> = {
  'ok-txt': {articles: ['a-with-header', 'b-no-header', 'c', 'd-bom'], rejects: []},
  'ok-json': {articles: ['many-1', 'many-2', 'one'], rejects: []},
  'ok-jsonl': {articles: ['l-0', 'l-1', 'l-2'], rejects: []},
  'ok-csv': {articles: ['c-1', 'c-2'], rejects: []},
  'not-ok-invalid-utf8': {articles: ['good', 'u-1', 'u-3'], rejects: [['mixed.jsonl:2', 'invalid-utf8', '2'], ['latin1.txt', 'invalid-utf8', '1']]},
  'not-ok-empty-file': {articles: ['good'], rejects: [['blank.jsonl', 'no-records', ''], ['empty.txt', 'empty-file', '']]},
  'not-ok-invalid-json': {articles: ['good'], rejects: [['broken.json', 'invalid-json', '4']]},
  'not-ok-jsonl-bad-line': {articles: ['r-1', 'r-3', 'r-5'], rejects: [['records.jsonl:2', 'invalid-json', '2'], ['records.jsonl:4', 'not-an-object', '4']]},
  'not-ok-csv-missing-column': {articles: ['csv-1', 'csv-3'], rejects: [['rows.csv:2', 'csv-field-count', '3']]},
  'not-ok-unknown-field': {articles: ['k-1'], rejects: [['records.jsonl:2', 'unknown-field', '2']]},
  'not-ok-impossible-date': {articles: ['d-1'], rejects: [['records.jsonl:2', 'invalid-date', '2'], ['d-3.txt', 'invalid-date', '1']]},
  'not-ok-duplicate-id': {articles: ['other', 'same'], rejects: [['b/same.txt', 'duplicate-id', ''], ['c.jsonl:1', 'duplicate-id', '1']]},
  'not-ok-unsupported-type': {articles: ['good'], rejects: [['notes.docx', 'unsupported-file-type', '']]},
}

/** Every file of a folder, by name, as bytes. */
function filesOf(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).sort().map(name => [name, readFileSync(join(dir, name))]))
}

describe('build(options)', () => {
  it.each(Object.entries(expectations))('turns every input of %s into an article or a reject', async (name, expected) => {
    const {out, result} = await buildInto(fixtureRaw(name))
    expect(readCsv(join(out, 'articles.csv')).map(r => r.article_id)).toEqual(expected.articles)
    expect(readCsv(join(out, 'rejects.csv')).map(r => [r.source_path, r.rule, r.line])).toEqual(expected.rejects)
    expect(result.articles + result.rejects).toBe(expected.articles.length + expected.rejects.length)
  })

  it('builds the seeds in raw/ exactly as the golden tables say', async () => {
    const {out, result} = await buildInto(join(ROOT, 'raw'))
    expect(result).toMatchObject({articles: 5, rejects: 0})
    const golden = join(ROOT, 'test/fixtures/ok-seeds/expected')
    for (const table of ['articles', 'edits', 'rejects', 'timexes', 'interactions', 'themes']) {
      const actual = readFileSync(join(out, `${table}.csv`), 'utf8')
      if (process.env.UPDATE_GOLDEN) { mkdirSync(golden, {recursive: true}); writeFileSync(join(golden, `${table}.csv`), actual) }
      expect(actual, `${table}.csv differs from the golden file (UPDATE_GOLDEN=1 rewrites it)`).toBe(readFileSync(join(golden, `${table}.csv`), 'utf8'))
    }
  })

  it('writes every table in three formats, with datapackage.json, build.json and codebook.md', async () => {
    const {out} = await buildInto(fixtureRaw('ok-txt'))
    expect(new Set(readdirSync(out))).toEqual(BUILD_FILES)
    const report = JSON.parse(readFileSync(join(out, 'build.json'), 'utf8'))
    expect(report.inputs).toMatchObject({files: 4, records: 4, files_by_format: {txt: 4}})
    expect(report.outputs.tables.articles.rows).toBe(4)
    expect(JSON.stringify(report)).not.toMatch(/"\d{4}-\d\d-\d\dT/) // no clock times
  })

  it('gives byte-identical output with concurrency 1 and 8, and with 3 worker threads (dist/worker.mjs)', async () => {
    const raw = join(tempDir(), 'raw')
    cpSync(join(ROOT, 'raw'), join(raw, 'seeds'), {recursive: true})
    for (const name of Object.keys(expectations)) cpSync(fixtureRaw(name), join(raw, name), {recursive: true})
    const one = filesOf((await buildInto(raw, 1)).out)
    const eight = filesOf((await buildInto(raw, 8)).out)
    const workersOut = join(tempDir(), 'out')
    await build({rawDir: raw, outDir: workersOut, concurrency: 8, workers: 3, workerScript: join(ROOT, 'dist/worker.mjs'), force: true})
    const workers = filesOf(workersOut)
    expect([...one.keys()]).toEqual([...eight.keys()])
    expect([...one.keys()]).toEqual([...workers.keys()])
    for (const [name, bytes] of one) {
      expect(bytes.equals(eight.get(name)!), name).toBe(true)
      expect(bytes.equals(workers.get(name)!), `${name} with workers`).toBe(true)
    }
  })

  it('leaves out/ as the complete previous build when a build fails midway', async () => {
    const dir = tempDir()
    const out = join(dir, 'out')
    await build({rawDir: join(ROOT, 'raw'), outDir: out, concurrency: 2, force: true})
    const before = filesOf(out)
    const failing = build({rawDir: fixtureRaw('ok-jsonl'), outDir: out, concurrency: 2, force: true, onProgress: done => { if (done === 2) throw new Error('crash') }})
    await expect(failing).rejects.toThrow('crash')
    expect(filesOf(out)).toEqual(before)
    expect(readdirSync(join(dir, '.out.builds')).filter(n => n.startsWith('staging') || n === 'lock')).toEqual([])
  })

  it('replaces out/ by switching one link to a complete build folder', async () => {
    const dir = tempDir()
    const out = join(dir, 'out')
    await build({rawDir: fixtureRaw('ok-txt'), outDir: out, concurrency: 2, force: true})
    const first = readlinkSync(out)
    await build({rawDir: fixtureRaw('ok-csv'), outDir: out, concurrency: 2, force: true})
    expect(readlinkSync(out)).not.toBe(first)
    expect(readCsv(join(out, 'articles.csv')).map(r => r.article_id)).toEqual(['c-1', 'c-2'])
    // the previous build is gone once the new one is in place
    expect(readdirSync(join(dir, '.out.builds')).filter(n => /^[0-9a-f]{16}$/.test(n))).toEqual([readlinkSync(out).split('/').pop()])
  })

  it('refuses to write while another live build holds the lock, and takes over a stale lock', async () => {
    const dir = tempDir()
    const out = join(dir, 'out')
    mkdirSync(join(dir, '.out.builds'))
    writeFileSync(join(dir, '.out.builds/lock'), `${process.ppid}\n`)
    await expect(build({rawDir: fixtureRaw('ok-txt'), outDir: out, concurrency: 2, force: true})).rejects.toThrow(/another readouts build \(pid \d+\) is writing/)
    expect(existsSync(out)).toBe(false)
    writeFileSync(join(dir, '.out.builds/lock'), '999999999\n')
    await build({rawDir: fixtureRaw('ok-txt'), outDir: out, concurrency: 2, force: true})
    expect(existsSync(join(out, 'articles.csv'))).toBe(true)
  })

  it('refuses to replace an out/ folder holding files it did not write', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'out'))
    writeFileSync(join(dir, 'out/my-notes.txt'), 'mine')
    await expect(build({rawDir: fixtureRaw('ok-txt'), outDir: join(dir, 'out'), concurrency: 2, force: true})).rejects.toThrow(/files readouts did not write/)
    expect(readFileSync(join(dir, 'out/my-notes.txt'), 'utf8')).toBe('mine')
  })

  it('stops with a clear error when raw/ cannot be read', async () => {
    await expect(build({rawDir: join(tempDir(), 'missing'), outDir: join(tempDir(), 'out'), concurrency: 1})).rejects.toThrow(/cannot read .*missing/)
  })
})
