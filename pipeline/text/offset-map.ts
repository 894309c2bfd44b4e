/** The clean->raw offset map: like a source map, built from the cleaner's edits. */

/** A replaced region: clean[cleanStart, cleanEnd) stands where raw[rawStart, rawEnd) was. */
export interface Region {
  cleanStart: number
  cleanEnd: number
  rawStart: number
  rawEnd: number
}

/** Maps spans of a clean text back to its raw text; outside regions the texts agree character for character. */
export interface OffsetMap {
  readonly regions: readonly Region[]
}

/** A replacement in the coordinates of the text it applies to. */
export interface Replacement {
  start: number
  end: number
  text: string
}

/** The map of a text that no edit has touched. */
export const identityMap: OffsetMap = {regions: []}

/** The index of the last region whose `cleanStart` is <= `offset` (or < when `strict`), or -1. */
function lastRegionAt(regions: readonly Region[], offset: number, strict: boolean): number {
  let lo = 0
  let hi = regions.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const start = regions[mid]!.cleanStart
    if (strict ? start < offset : start <= offset) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}

/** The raw offset where a span starting at clean `offset` starts (inside a replacement: its raw start). */
export function rawStartOf(map: OffsetMap, offset: number): number {
  const i = lastRegionAt(map.regions, offset, false)
  if (i < 0) return offset
  const r = map.regions[i]!
  // a deletion at `offset` (empty clean side) lies before the span, so the span starts after it
  return offset < r.cleanEnd ? r.rawStart : offset - r.cleanEnd + r.rawEnd
}

/** The raw offset where a span ending at clean `offset` ends (inside a replacement: its raw end). */
export function rawEndOf(map: OffsetMap, offset: number): number {
  const i = lastRegionAt(map.regions, offset, true)
  if (i < 0) return offset
  const r = map.regions[i]!
  if (offset <= r.cleanEnd) return r.rawEnd
  return offset - r.cleanEnd + r.rawEnd
}

/** Maps a clean span to the raw span it came from. An empty span maps to an empty span. */
export function toRawSpan(map: OffsetMap, start: number, end: number): [number, number] {
  const rawStart = rawStartOf(map, start)
  return [rawStart, end === start ? rawStart : Math.max(rawStart, rawEndOf(map, end))]
}

/** Whether two half-open spans overlap (an empty span overlaps a span it lies strictly inside). */
function overlaps(a: {start: number; end: number}, b: {start: number; end: number}): boolean {
  return a.start < b.end && b.start < a.end
}

/** The raw span a replacement covers: its mapped span, widened by the old regions it overlaps. */
function rawSpanOf(map: OffsetMap, rep: Replacement): [number, number] {
  let [rawStart, rawEnd] = toRawSpan(map, rep.start, rep.end)
  // regions are sorted and disjoint: only those from the last one starting before rep.start can overlap
  for (let k = Math.max(0, lastRegionAt(map.regions, rep.start, true)); k < map.regions.length; k++) {
    const r = map.regions[k]!
    if (r.cleanStart >= rep.end && r.cleanStart > rep.start) break
    if (overlaps({start: r.cleanStart, end: r.cleanEnd}, rep)) {
      rawStart = Math.min(rawStart, r.rawStart)
      rawEnd = Math.max(rawEnd, r.rawEnd)
    }
  }
  return [rawStart, rawEnd]
}

/**
 * Applies sorted, non-overlapping replacements to `text` and composes the result with `map`.
 * Replacements and old regions that overlap merge into one region, so regions never overlap.
 * Returns the new text, the new map, and each replacement's raw span (for the edit log).
 */
export function applyReplacements(
  text: string, map: OffsetMap, replacements: readonly Replacement[],
): {text: string; map: OffsetMap; rawSpans: Array<[number, number]>} {
  if (replacements.length === 0) return {text, map, rawSpans: []}
  const old = map.regions
  const regions: Region[] = []
  const pieces: string[] = []
  let copiedTo = 0
  let shift = 0
  let i = 0
  let j = 0
  for (let k = 1; k < replacements.length; k++) {
    if (replacements[k]!.start < replacements[k - 1]!.end) throw new Error(`replacements overlap or are unsorted at ${replacements[k]!.start}`)
  }
  const oldSpan = (r: Region) => ({start: r.cleanStart, end: r.cleanEnd})
  // the next item in order of start (then end); ties go to the old region
  const oldFirst = () => j >= replacements.length || (i < old.length &&
    (old[i]!.cleanStart < replacements[j]!.start || (old[i]!.cleanStart === replacements[j]!.start && old[i]!.cleanEnd <= replacements[j]!.end)))
  while (i < old.length || j < replacements.length) {
    // a cluster: items that overlap one another, in old clean coordinates [from, to)
    const firstIsOld = oldFirst()
    const first = firstIsOld ? oldSpan(old[i]!) : replacements[j]!
    const members: Region[] = []
    const reps: Replacement[] = []
    if (firstIsOld) members.push(old[i++]!)
    else reps.push(replacements[j++]!)
    const from = first.start
    let to = first.end
    for (;;) {
      if (i < old.length && overlaps(oldSpan(old[i]!), {start: from, end: to})) { to = Math.max(to, old[i]!.cleanEnd); members.push(old[i++]!) }
      else if (j < replacements.length && overlaps(replacements[j]!, {start: from, end: to})) { to = Math.max(to, replacements[j]!.end); reps.push(replacements[j++]!) }
      else break
    }
    if (reps.length === 0) {
      for (const r of members) regions.push({...r, cleanStart: r.cleanStart + shift, cleanEnd: r.cleanEnd + shift})
      continue
    }
    let replaced = ''
    let at = from
    for (const rep of reps) { replaced += text.slice(at, rep.start) + rep.text; at = rep.end }
    replaced += text.slice(at, to)
    let [rawStart, rawEnd] = toRawSpan(map, from, to)
    for (const r of members) { rawStart = Math.min(rawStart, r.rawStart); rawEnd = Math.max(rawEnd, r.rawEnd) }
    pieces.push(text.slice(copiedTo, from), replaced)
    copiedTo = to
    regions.push({cleanStart: from + shift, cleanEnd: from + shift + replaced.length, rawStart, rawEnd})
    shift += replaced.length - (to - from)
  }
  pieces.push(text.slice(copiedTo))
  return {text: pieces.join(''), map: {regions}, rawSpans: replacements.map(rep => rawSpanOf(map, rep))}
}

/** Rebuilds the clean text from the raw text and the map (what the property tests check). */
export function reconstructClean(raw: string, clean: string, map: OffsetMap): string {
  const pieces: string[] = []
  let rawAt = 0
  for (const r of map.regions) {
    pieces.push(raw.slice(rawAt, r.rawStart), clean.slice(r.cleanStart, r.cleanEnd))
    rawAt = r.rawEnd
  }
  pieces.push(raw.slice(rawAt))
  return pieces.join('')
}
