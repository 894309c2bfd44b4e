// Rows of a bench run, made up (tests never time anything): three sizes, the peers at the smallest only.
import type {BenchRow} from '../pipeline/bench-row.js'

/** A bench row of `articles` articles taking `seconds` to build, with `rssMb` of peak memory; the peers only when given. */
export function benchRow(articles: number, seconds: number, rssMb: number, peers?: {compromise: number; chrono: number}): BenchRow {
  return {
    articles, rawMb: articles * 0.013, workers: 2, coresUsed: 2,
    build: {seconds, peakRssMb: rssMb}, floor: {seconds: seconds / 4, peakRssMb: 150},
    peers: {
      compromise: peers ? {seconds: peers.compromise, peakRssMb: 300} : null,
      'chrono-node': peers ? {seconds: peers.chrono, peakRssMb: 180} : null,
    },
  }
}

/** 1k, 10k and 100k articles; the peers ran at 1k. */
export const threeSizes: BenchRow[] = [
  benchRow(1_000, 2, 400, {compromise: 220, chrono: 11}),
  benchRow(10_000, 20, 500),
  benchRow(100_000, 200, 600),
]
