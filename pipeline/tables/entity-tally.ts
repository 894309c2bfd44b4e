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

/** One entity as one article mentions it: what the entities table needs of the article's mentions. */
export interface ArticleEntity {
  id: string
  type: EntityRow['type']
  name: string
  /** The first country the article gives it (a person's affiliation, else the entity's own country), or null. */
  country: string | null
  mentions: number
}

/** The entities an article mentions, in order of first mention, with their counts (small enough to send from a worker). */
export function articleEntities(mentions: readonly Mention[]): ArticleEntity[] {
  const byId = new Map<string, ArticleEntity>()
  for (const m of mentions) {
    let entity = byId.get(m.entity.id)
    if (!entity) {
      entity = {id: m.entity.id, type: m.entity.type, name: m.entity.name, country: m.entity.country, mentions: 0}
      byId.set(m.entity.id, entity)
    }
    entity.country ??= m.entity.type === 'PERSON' ? m.country : m.entity.country
    entity.mentions++
  }
  return [...byId.values()]
}

/** Adds one article's entities to the tally: the first name seen is kept, the first known country too. */
export function tallyEntities(tally: EntityTally, entities: readonly ArticleEntity[]): void {
  for (const e of entities) {
    let stats = tally.get(e.id)
    if (!stats) {
      stats = {type: e.type, name: e.name, country: e.country, mentions: 0, articles: 0}
      tally.set(e.id, stats)
    }
    stats.country ??= e.country
    stats.mentions += e.mentions
    stats.articles++
  }
}

/** The rows of the entities table, ordered by entity id (code points). */
export function entityRows(tally: EntityTally): EntityRow[] {
  return [...tally.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map(id => {
    const s = tally.get(id)!
    return {entity_id: id, type: s.type, name: s.name, country: s.country, n_mentions: s.mentions, n_articles: s.articles}
  })
}
