/** The targets of issue 7, checked against what `readouts bench` measured: each measured vs target, PASS or FAIL. */
import {buildMbPerSecond, floorRatio, peerRatio, type BenchRow} from './bench-row.js'

/** One target: what was measured (or why it could not be), the goal, and the verdict. */
export interface TargetCheck {
  target: string
  measured: string
  goal: string
  verdict: 'PASS' | 'FAIL' | 'NOT MEASURED'
}

/** 1 GB, in the MB (MiB) peak RSS is reported in. */
const GB_IN_MB = 1024

/** `n` with thousands separators: 100,000. */
const count = (n: number): string => n.toLocaleString('en-US')

/** A check of `value` against a goal, or NOT MEASURED with a reason when there is no value. */
function check(target: string, goal: string, value: number | undefined, passes: (v: number) => boolean, describe: (v: number) => string, missing: string): TargetCheck {
  if (value === undefined) return {target, measured: missing, goal, verdict: 'NOT MEASURED'}
  return {target, measured: describe(value), goal, verdict: passes(value) ? 'PASS' : 'FAIL'}
}

/** The targets, from the rows of one bench run (any sizes, any order); a target its sizes cannot show is NOT MEASURED. */
export function checkTargets(rows: readonly BenchRow[]): TargetCheck[] {
  const sorted = [...rows].sort((a, b) => a.articles - b.articles)
  const largest = sorted.at(-1)
  const at = (articles: number) => sorted.find(r => r.articles === articles)
  const at10k = at(10_000)
  const at100k = at(100_000)
  const withCompromise = sorted.filter(r => r.peers.compromise !== null).at(-1)
  const atLargest = largest ? ` at ${count(largest.articles)} articles` : ''
  const perCore = largest ? buildMbPerSecond(largest) / largest.coresUsed : undefined
  return [
    check('build throughput per core', '>= 20 MB/s', perCore, v => v >= 20,
      v => `${v.toFixed(2)} MB/s (${buildMbPerSecond(largest!).toFixed(2)} MB/s / ${largest!.coresUsed} cores: ${largest!.workers} worker threads)${atLargest}`,
      'no run'),
    check('build time / floor time', '<= 5x', largest && floorRatio(largest), v => v <= 5, v => `${v.toFixed(2)}x${atLargest}`, 'no run'),
    check('time growth, 10k -> 100k articles', '<= 11x', at10k && at100k && at100k.build.seconds / at10k.build.seconds, v => v <= 11,
      v => `${v.toFixed(2)}x (${at10k!.build.seconds.toFixed(1)} s -> ${at100k!.build.seconds.toFixed(1)} s)`, 'needs sizes 10000 and 100000'),
    check('peak RSS at >= 100k articles', '< 1 GB (1024 MB)', largest && largest.articles >= 100_000 ? largest.build.peakRssMb : undefined, v => v < GB_IN_MB,
      v => `${v.toFixed(0)} MB${atLargest}`, 'needs a size of at least 100000'),
    check('peak RSS growth, 10k -> largest', '<= 1.5x (not growing with N)',
      at10k && largest && largest.articles > 10_000 ? largest.build.peakRssMb / at10k.build.peakRssMb : undefined, v => v <= 1.5,
      v => `${v.toFixed(2)}x (${at10k!.build.peakRssMb.toFixed(0)} MB -> ${largest!.build.peakRssMb.toFixed(0)} MB${atLargest})`,
      'needs size 10000 and a larger one'),
    check('faster than compromise (whole run)', '>= 100x', withCompromise && (peerRatio(withCompromise, 'compromise') ?? undefined), v => v >= 100,
      v => `${v.toFixed(1)}x (${withCompromise!.peers.compromise!.seconds.toFixed(1)} s / ${withCompromise!.build.seconds.toFixed(1)} s at ${count(withCompromise!.articles)} articles)`,
      'compromise ran at no size (--peers-max)'),
  ]
}
