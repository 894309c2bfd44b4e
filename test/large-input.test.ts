// A 1 GB JSONL file is streamed, not loaded whole: the build's peak memory stays far below the file's size, the
// records over the 8 MiB limit of one article are rejected unread, and the good records between them are kept.
// Long: runs when READOUTS_LONG_TESTS=1 (set by .ci/run).
import {spawnSync} from 'node:child_process'
import {closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {readCsv, ROOT, tempDir} from './helpers.js'

const RECORDS = 100
const LONG_TEXT_BYTES = 10 * 2 ** 20

/** Writes `RECORDS` runaway records of 10 MiB, each followed by a good article: about 1 GB. */
function writeLargeJsonl(file: string): void {
  const fd = openSync(file, 'w')
  const filler = Buffer.alloc(LONG_TEXT_BYTES, 'x')
  try {
    for (let i = 0; i < RECORDS; i++) {
      const n = String(i).padStart(3, '0')
      writeSync(fd, `{"id": "runaway-${n}", "text": "`)
      writeSync(fd, filler)
      writeSync(fd, `"}\n{"id": "good-${n}", "text": "Chinese President Xi Jinping spoke with Peruvian President Martin Vizcarra on Thursday.", "published": "2020-11-06"}\n`)
    }
  } finally {
    closeSync(fd)
  }
}

describe.runIf(process.env.READOUTS_LONG_TESTS)('a 1 GB JSONL file', () => {
  it('is streamed: peak memory far below its size, runaway records rejected, the good ones kept', () => {
    const dir = tempDir()
    const raw = join(dir, 'raw')
    mkdirSync(raw)
    const file = join(raw, 'archive.jsonl')
    writeLargeJsonl(file)
    expect(statSync(file).size).toBeGreaterThan(1e9)
    const stats = join(dir, 'stats.json')
    const out = join(dir, 'out')
    const result = spawnSync(process.execPath, [join(ROOT, 'dist/readouts.mjs'), 'build', '--raw', raw, '--out', out, '--quiet', '--stats', stats],
      {encoding: 'utf8'})
    rmSync(file)
    expect(result.status, result.stderr).toBe(0)
    const articles = readCsv(join(out, 'articles.csv'))
    const rejects = readCsv(join(out, 'rejects.csv'))
    expect(articles.map(a => a.article_id)).toEqual(Array.from({length: RECORDS}, (_, i) => `good-${String(i).padStart(3, '0')}`))
    expect(rejects).toHaveLength(RECORDS)
    expect(new Set(rejects.map(r => r.rule))).toEqual(new Set(['article-too-large']))
    expect(rejects[0]).toMatchObject({source_path: 'archive.jsonl:1', line: '1'})
    const {maxRssKb} = JSON.parse(readFileSync(stats, 'utf8')) as {maxRssKb: number}
    console.log(`1 GB JSONL: peak RSS ${(maxRssKb / 1024).toFixed(0)} MB`)
    expect(maxRssKb / 1024).toBeLessThan(400)
  }, 300_000)
})
