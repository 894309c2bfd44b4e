// readouts bench as a user runs it (dist/readouts.mjs in a child process) on tiny corpora of the seeds in raw/,
// and the corpora it generates. Nothing here checks a timing: only that the figures are there and positive.
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {generateCorpora} from '../pipeline/bench-corpus.js'
import {BENCH_CSV_COLUMNS} from '../pipeline/bench-row.js'
import {readCsv, ROOT, tempDir} from './helpers.js'

/** Runs `readouts ...args`; returns its exit code and output. */
function readouts(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'dist/readouts.mjs'), ...args], {encoding: 'utf8', cwd: ROOT})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('generateCorpora(source, sizes, dir)', () => {
  it('makes one folder per size holding exactly that many articles, the smaller ones the first files of the largest', async () => {
    const dir = tempDir()
    const corpora = await generateCorpora(join(ROOT, 'raw'), [12, 3, 7], dir)
    expect(corpora.map(c => c.articles)).toEqual([3, 7, 12])
    const seeds = readdirSync(join(ROOT, 'raw')).filter(f => f.endsWith('.txt')).sort().map(f => statSync(join(ROOT, 'raw', f)).size)
    for (const c of corpora) {
      const files = readdirSync(c.dir).sort()
      expect(files).toHaveLength(c.articles)
      expect(files[0]).toBe('bench-00.txt')
      expect(c.bytes).toBe(files.reduce((n, f) => n + statSync(join(c.dir, f)).size, 0))
      expect(c.bytes).toBe(Array.from({length: c.articles}, (_, i) => seeds[i % seeds.length]!).reduce((a, b) => a + b, 0))
    }
    expect(statSync(join(corpora[0]!.dir, 'bench-02.txt')).ino).toBe(statSync(join(corpora[2]!.dir, 'bench-02.txt')).ino)
  })
})

describe('readouts bench', () => {
  it('measures each size, prints the tables and targets, and writes bench.csv, bench-stages.csv and bench.svg', () => {
    const report = join(tempDir(), 'report')
    const result = readouts('bench', '--sizes', '20,40', '--peers-max', '20', '--corpus', 'raw', '--report', report)
    expect(result.stderr).not.toMatch(/Error/)
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^20 articles, /m)
    expect(result.stdout).toMatch(/^40 articles, /m)
    expect(result.stdout).toMatch(/compromise \(one thread\)\s+\d/)
    expect(result.stdout).toMatch(/compromise \(one thread\)\s+not run/)
    expect(result.stdout).toMatch(/Targets/)
    expect(result.stdout).toMatch(/(PASS|FAIL)\s+build time \/ floor time/)
    const rows = readCsv(join(report, 'bench.csv'))
    expect(Object.keys(rows[0]!)).toEqual([...BENCH_CSV_COLUMNS])
    expect(rows.map(r => r.articles)).toEqual(['20', '40'])
    // every figure positive, but the peers' above --peers-max 20, which are empty
    const isPeer = (column: string) => /^(compromise|chrono)_/.test(column)
    for (const column of BENCH_CSV_COLUMNS) expect(Number(rows[0]![column]), column).toBeGreaterThan(0)
    for (const column of BENCH_CSV_COLUMNS) {
      if (isPeer(column)) expect(rows[1]![column], column).toBe('')
      else expect(Number(rows[1]![column]), column).toBeGreaterThan(0)
    }
    expect(readCsv(join(report, 'bench-stages.csv')).map(r => r.stage)).toContain('all stages')
    const svg = readFileSync(join(report, 'bench.svg'), 'utf8')
    expect(svg).toMatch(/^<svg /)
    expect(svg.match(/data-panel="time" data-series="build"/g)).toHaveLength(2)
    expect(svg.match(/data-panel="time" data-series="compromise"/g)).toHaveLength(1)
  }, 90_000)

  it('rejects bad sizes, and --n with --sizes, with usage and exit code 2', () => {
    expect(readouts('bench', '--sizes', '10,ten').status).toBe(2)
    const both = readouts('bench', '--sizes', '10', '--n', '10')
    expect(both.status).toBe(2)
    expect(both.stderr).toMatch(/--sizes or --n, not both/)
  })
})
