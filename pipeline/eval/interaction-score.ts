/**
 * Scoring interactions against gold (test/gold/interactions.jsonl, test/gold/interaction-guidelines.md): a system row
 * matches a gold row when kind, date and the unordered pair of parties agree; each gold row and each system row
 * matches at most once.
 */
import {slug} from '../text/slug.js'
import type {Interaction, Party} from '../stages/interactions/extract.js'

/** One side of a gold interaction: a person's or organization's name, or null, and a country code, or null. */
export interface GoldParty {
  name: string | null
  country: string | null
}

/** A gold interaction. */
export interface GoldInteraction {
  kind: string
  date: string | null
  a: GoldParty
  b: GoldParty
  evidence?: string
}

/** Matched, system and gold rows. */
export interface InteractionCounts {
  tp: number
  system: number
  gold: number
}

/** The name words that do not tell people apart ("Jr.", "VI", initials). */
const NOISE = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'vi', 'vii'])

/** The words of a name's slug, without initials and suffixes. */
function nameWords(name: string): string[] {
  return slug(name).split('-').filter(w => w.length > 1 && !NOISE.has(w))
}

/**
 * Whether a system party is the gold one: by name when the gold names someone (the same name, the same surname, or
 * for organizations one name inside the other), else by country.
 */
export function sameParty(gold: GoldParty, system: Party): boolean {
  if (!gold.name) return gold.country !== null ? system.country === gold.country : !system.entityId && !system.country
  if (!system.entityId) return false
  const [type, id] = [system.entityId.slice(0, system.entityId.indexOf(':')), system.entityId.slice(system.entityId.indexOf(':') + 1)]
  const ours = nameWords(id)
  const theirs = nameWords(gold.name)
  if (ours.join('-') === theirs.join('-')) return true
  if (type === 'PERSON') return ours.at(-1) === theirs.at(-1)
  const [a, b] = [ours.join('-'), theirs.join('-')]
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a))
}

/** Whether a system row is a gold row: kind, date and both parties, in either order. */
function sameInteraction(gold: GoldInteraction, system: Interaction): boolean {
  if (gold.kind !== system.kind || (gold.date ?? null) !== system.date) return false
  return (sameParty(gold.a, system.source) && sameParty(gold.b, system.target)) || (sameParty(gold.a, system.target) && sameParty(gold.b, system.source))
}

/** Adds one article's rows to the counts, and returns the gold rows missed and the system rows not in the gold. */
export function scoreInteractions(counts: InteractionCounts, system: readonly Interaction[], gold: readonly GoldInteraction[]): {missed: GoldInteraction[]; extra: Interaction[]} {
  const used = new Set<number>()
  const missed: GoldInteraction[] = []
  for (const g of gold) {
    const i = system.findIndex((s, k) => !used.has(k) && sameInteraction(g, s))
    if (i < 0) missed.push(g)
    else used.add(i)
  }
  counts.tp += used.size
  counts.system += system.length
  counts.gold += gold.length
  return {missed, extra: system.filter((_, k) => !used.has(k))}
}
