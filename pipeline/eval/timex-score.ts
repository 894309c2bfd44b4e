/**
 * Scoring temporal expressions by the TempEval-3 Task A rules: a relaxed match is any overlap of extents, a strict
 * match the identical extent; type and value are compared on relaxed matches; type (value) F1 = relaxed F1 x type
 * (value) accuracy; micro-averaged over documents.
 */
import {prf} from './scores.js'

/** A temporal expression as scored: its span (any consistent unit), type and value. */
export interface ScoredTimex {
  start: number
  end: number
  type: string
  value: string
}

/** Counts over documents. */
export interface TimexCounts {
  system: number
  gold: number
  strict: number
  relaxed: number
  typeMatches: number
  valueMatches: number
}

/** Empty counts. */
export function newTimexCounts(): TimexCounts {
  return {system: 0, gold: 0, strict: 0, relaxed: 0, typeMatches: 0, valueMatches: 0}
}

/** Adds one document: each gold expression is matched to the first unmatched system one that overlaps it. */
export function scoreTimexes(counts: TimexCounts, system: readonly ScoredTimex[], gold: readonly ScoredTimex[]): void {
  counts.system += system.length
  counts.gold += gold.length
  const used = new Set<number>()
  for (const g of gold) {
    const i = system.findIndex((s, k) => !used.has(k) && s.start < g.end && g.start < s.end)
    if (i < 0) continue
    used.add(i)
    const s = system[i]!
    counts.relaxed++
    if (s.start === g.start && s.end === g.end) counts.strict++
    if (s.type === g.type) counts.typeMatches++
    if (s.value === g.value) counts.valueMatches++
  }
}

/** Precision, recall, F1 (in percent) of a number of matches. */
function percents(matches: number, counts: TimexCounts): {p: number; r: number; f1: number} {
  const {p, r, f1} = prf({tp: matches, fp: counts.system - matches, fn: counts.gold - matches})
  return {p: 100 * p, r: 100 * r, f1: 100 * f1}
}

/** The TempEval-3 figures of counts (percent). */
export function timexFigures(counts: TimexCounts): Record<string, number> {
  const strict = percents(counts.strict, counts)
  const relaxed = percents(counts.relaxed, counts)
  const typeAccuracy = counts.relaxed ? (100 * counts.typeMatches) / counts.relaxed : 0
  const valueAccuracy = counts.relaxed ? (100 * counts.valueMatches) / counts.relaxed : 0
  return {
    strictP: strict.p, strictR: strict.r, strictF1: strict.f1, relaxedP: relaxed.p, relaxedR: relaxed.r, relaxedF1: relaxed.f1,
    typeAccuracy, typeF1: (relaxed.f1 * typeAccuracy) / 100, valueAccuracy, valueF1: (relaxed.f1 * valueAccuracy) / 100,
  }
}
