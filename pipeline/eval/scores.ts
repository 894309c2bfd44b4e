/** Precision, recall and F1 over sets of items, by category, as the evaluations report them. */
import {alignColumns} from '../text/columns.js'

/** Counts of one category: true positives, false positives, false negatives. */
export interface Counts {
  tp: number
  fp: number
  fn: number
}

/** Precision, recall and F1 of counts (0 where undefined). */
export function prf(c: Counts): {p: number; r: number; f1: number} {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0
  return {p, r, f1: p + r ? (2 * p * r) / (p + r) : 0}
}

/** Adds the comparison of predicted and gold keys to per-category counts (a key is "category|rest"). */
export function compareKeys(counts: Map<string, Counts>, predicted: Iterable<string>, gold: Iterable<string>): void {
  const g = new Set(gold)
  const p = new Set(predicted)
  const bump = (key: string, field: keyof Counts) => {
    for (const category of [key.split('|')[0]!, 'ALL']) {
      const c = counts.get(category) ?? {tp: 0, fp: 0, fn: 0}
      c[field]++
      counts.set(category, c)
    }
  }
  for (const key of p) bump(key, g.has(key) ? 'tp' : 'fp')
  for (const key of g) if (!p.has(key)) bump(key, 'fn')
}

/** A table of P/R/F1 rows for the given categories, with columns for each system. */
export function formatScores(title: string, categories: readonly string[], systems: ReadonlyArray<[name: string, counts: Map<string, Counts>]>): string {
  const header = ['type', ...systems.flatMap(([name]) => [`${name} P`, 'R', 'F1']), 'gold']
  const rows = categories.map(category => {
    const cells = systems.flatMap(([, counts]) => {
      const {p, r, f1} = prf(counts.get(category) ?? {tp: 0, fp: 0, fn: 0})
      return [p, r, f1].map(x => x.toFixed(3))
    })
    const c = systems[0]![1].get(category) ?? {tp: 0, fp: 0, fn: 0}
    return [category, ...cells, String(c.tp + c.fn)]
  })
  return [title, ...alignColumns([header, ...rows])].join('\n')
}
