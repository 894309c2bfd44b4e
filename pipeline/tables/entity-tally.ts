/** The entities table is an aggregate of the whole build: counts of mentions and articles per entity. */
import type {Mention} from '../stages/entities/extract.js'
import type {EntityRow} from './entities.js'

/** What the build knows of one entity so far. */
interface EntityStats {
  type: EntityRow['type']
  name: string
  country: string | null
  mentions: number
  articles: number
}

/** Entity statistics by entity id, filled as articles stream past (in output order, so first-seen is deterministic). */
export type EntityTally = Map<string, EntityStats>

/** Adds one article's mentions to the tally: the first name seen is kept, the first known country too. */
export function tallyMentions(tally: EntityTally, mentions: readonly Mention[]): void {
  const seen = new Set<string>()
  for (const m of mentions) {
    let stats = tally.get(m.entity.id)
    if (!stats) {
      stats = {type: m.entity.type, name: m.entity.name, country: m.entity.country, mentions: 0, articles: 0}
      tally.set(m.entity.id, stats)
    }
    stats.country ??= m.entity.type === 'PERSON' ? m.country : m.entity.country
    stats.mentions++
    if (!seen.has(m.entity.id)) { seen.add(m.entity.id); stats.articles++ }
  }
}

/** The rows of the entities table, ordered by entity id (code points). */
export function entityRows(tally: EntityTally): EntityRow[] {
  return [...tally.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map(id => {
    const s = tally.get(id)!
    return {entity_id: id, type: s.type, name: s.name, country: s.country, n_mentions: s.mentions, n_articles: s.articles}
  })
}
