import {describe, expect, it} from 'vitest'
import Papa from 'papaparse'
import {BENCH_CSV_COLUMNS, benchCsv} from '../pipeline/bench-row.js'
import {checkTargets} from '../pipeline/bench-targets.js'
import {benchRow, threeSizes} from './bench-fixtures.js'

/** The verdict of each target, by its name. */
const verdicts = (rows: Parameters<typeof checkTargets>[0]) => Object.fromEntries(checkTargets(rows).map(t => [t.target, t.verdict]))

describe('checkTargets(rows)', () => {
  it('checks every target of issue 7 when the sizes allow it', () => {
    // 3.25 MB/s per core at 100k; 4x the floor; 10x from 10k to 100k; 600 MB, 1.2x the 10k RSS; compromise 110x at 1k
    expect(verdicts(threeSizes)).toEqual({
      'build throughput per core': 'FAIL',
      'build time / floor time': 'PASS',
      'time growth, 10k -> 100k articles': 'PASS',
      'peak RSS at >= 100k articles': 'PASS',
      'peak RSS growth, 10k -> largest': 'PASS',
      'faster than compromise (whole run)': 'PASS',
    })
    const growth = checkTargets(threeSizes).find(t => t.target.startsWith('time growth'))!
    expect(growth.measured).toMatch(/^10\.00x/)
  })

  it('fails what misses its goal', () => {
    const rows = [benchRow(10_000, 10, 400, {compromise: 50, chrono: 5}), benchRow(100_000, 150, 1100)]
    expect(verdicts(rows)).toMatchObject({
      'time growth, 10k -> 100k articles': 'FAIL',
      'peak RSS at >= 100k articles': 'FAIL',
      'peak RSS growth, 10k -> largest': 'FAIL',
      'faster than compromise (whole run)': 'FAIL',
    })
  })

  it('says NOT MEASURED, with why, when the sizes cannot show a target', () => {
    const targets = checkTargets([benchRow(20, 3, 250), benchRow(40, 4, 260)])
    const notMeasured = targets.filter(t => t.verdict === 'NOT MEASURED')
    expect(notMeasured.map(t => t.target)).toEqual([
      'time growth, 10k -> 100k articles', 'peak RSS at >= 100k articles', 'peak RSS growth, 10k -> largest', 'faster than compromise (whole run)',
    ])
    expect(notMeasured.every(t => /needs|ran at no size/.test(t.measured))).toBe(true)
  })
})

describe('benchCsv(rows)', () => {
  it('writes a header and one row per size, numbers as numbers and a peer that did not run as empty fields', () => {
    const csv = benchCsv(threeSizes)
    const parsed = Papa.parse<Record<string, number | null>>(csv, {header: true, dynamicTyping: true, skipEmptyLines: true})
    expect(parsed.meta.fields).toEqual([...BENCH_CSV_COLUMNS])
    expect(parsed.data.map(r => r.articles)).toEqual([1000, 10000, 100000])
    expect(parsed.data[0]).toMatchObject({build_seconds: 2, build_floor_ratio: 4, compromise_seconds: 220, compromise_ratio: 110, chrono_seconds: 11, build_mb_per_second_per_core: 3.25})
    expect(parsed.data[1]).toMatchObject({compromise_seconds: null, compromise_ratio: null, chrono_seconds: null})
  })
})
