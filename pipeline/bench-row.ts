/** One corpus size's figures in `readouts bench`, and bench.csv: one row per size, one typed column per figure. */
import Papa from 'papaparse'

/** The peers run beside the build: compromise (people, places, organizations) and chrono-node (dates). */
export const PEERS = ['compromise', 'chrono-node'] as const

/** A peer's name. */
export type PeerName = (typeof PEERS)[number]

/** A run in a child process: wall time and peak resident memory. */
export interface RunFigures {
  seconds: number
  peakRssMb: number
}

/** What `readouts bench` measured on one corpus size; a peer is null when it was not run at this size. */
export interface BenchRow {
  articles: number
  rawMb: number
  /** Worker threads of the build (0: all in the main thread). */
  workers: number
  /** Cores the build could use: the worker threads, at least one, at most the machine's cores. */
  coresUsed: number
  build: RunFigures
  floor: RunFigures
  peers: Record<PeerName, RunFigures | null>
}

/** Build time over floor time. */
export function floorRatio(row: BenchRow): number {
  return row.build.seconds / row.floor.seconds
}

/** A peer's time over the build's time (how many times faster the build is), or null when the peer did not run. */
export function peerRatio(row: BenchRow, peer: PeerName): number | null {
  const figures = row.peers[peer]
  return figures ? figures.seconds / row.build.seconds : null
}

/** Megabytes of raw text per second of the build. */
export function buildMbPerSecond(row: BenchRow): number {
  return row.rawMb / row.build.seconds
}

/** A number rounded to `digits` decimals (null stays null), as bench.csv writes it. */
function round(value: number | null, digits: number): number | null {
  return value === null ? null : Number(value.toFixed(digits))
}

/** bench.csv's columns in order, each with how a row gives its value. */
const COLUMNS: readonly [string, (row: BenchRow) => number | null][] = [
  ['articles', row => row.articles],
  ['raw_mb', row => round(row.rawMb, 3)],
  ['workers', row => row.workers],
  ['cores_used', row => row.coresUsed],
  ['build_seconds', row => round(row.build.seconds, 3)],
  ['build_articles_per_second', row => round(row.articles / row.build.seconds, 1)],
  ['build_mb_per_second', row => round(buildMbPerSecond(row), 3)],
  ['build_mb_per_second_per_core', row => round(buildMbPerSecond(row) / row.coresUsed, 3)],
  ['build_peak_rss_mb', row => round(row.build.peakRssMb, 1)],
  ['floor_seconds', row => round(row.floor.seconds, 3)],
  ['floor_peak_rss_mb', row => round(row.floor.peakRssMb, 1)],
  ['build_floor_ratio', row => round(floorRatio(row), 3)],
  ...PEERS.flatMap(peer => {
    const name = peer.replace('-node', '')
    return [
      [`${name}_seconds`, (row: BenchRow) => round(row.peers[peer]?.seconds ?? null, 3)],
      [`${name}_peak_rss_mb`, (row: BenchRow) => round(row.peers[peer]?.peakRssMb ?? null, 1)],
      [`${name}_ratio`, (row: BenchRow) => round(peerRatio(row, peer), 3)],
    ] as [string, (row: BenchRow) => number | null][]
  }),
]

/** The column names of bench.csv, in order. */
export const BENCH_CSV_COLUMNS: readonly string[] = COLUMNS.map(([name]) => name)

/** bench.csv: a header, then one row per size; numbers as numbers, a peer that did not run as empty fields. */
export function benchCsv(rows: readonly BenchRow[]): string {
  const data = rows.map(row => COLUMNS.map(([, value]) => value(row)))
  return Papa.unparse({fields: [...BENCH_CSV_COLUMNS], data}, {newline: '\n'}) + '\n'
}
