/** Scoring entity mentions against gold: strict mention-level (exact span and type) and by entity per article. */
import type {Mention} from '../stages/entities/extract.js'
import type {GoldMention} from './entity-gold.js'
import {compareKeys, type Counts} from './scores.js'

/** A mention as a system predicted it, for scoring: span, type, entity id (null when the system does not link). */
export interface Predicted {
  start: number
  end: number
  /** The type, or the types it may match ("GPE|LOC" for a system that only knows "place"). */
  type: string
  entityId: string | null
  text: string
}

/** The counts of one system over the gold, strict and by entity. */
export interface EntityCounts {
  strict: Map<string, Counts>
  entities: Map<string, Counts>
}

/** Empty counts. */
export function newEntityCounts(): EntityCounts {
  return {strict: new Map(), entities: new Map()}
}

/** Readouts' mentions as predictions. */
export function fromMentions(mentions: readonly Mention[], text: string): Predicted[] {
  return mentions.map(m => ({start: m.start, end: m.end, type: m.type, entityId: m.entity.id, text: text.slice(m.start, m.end)}))
}

/** The entity type a mention's entity has (a NORP mention's entity is a country). */
function entityType(type: string): string {
  return type === 'NORP' ? 'GPE' : type
}

/** Scores one article's predictions against its gold, adding to `counts`. */
export function scoreArticle(counts: EntityCounts, articleId: string, predicted: readonly Predicted[], gold: readonly GoldMention[]): void {
  const goldAt = new Map(gold.map(g => [`${g.start}|${g.end}`, g]))
  // a prediction that allows several types takes the gold's type when it is one of them
  const typeOf = (p: Predicted) => {
    const g = goldAt.get(`${p.start}|${p.end}`)
    return g && p.type.split('|').includes(g.type) ? g.type : p.type.split('|')[0]!
  }
  compareKeys(counts.strict, predicted.map(p => `${typeOf(p)}|${p.start}|${p.end}`), gold.map(g => `${g.type}|${g.start}|${g.end}`))
  // an unlinked prediction names the gold entity with the same text in this article, if any
  const goldByText = new Map(gold.map(g => [g.text, g.entityId]))
  const entityOf = (p: Predicted) => p.entityId ?? goldByText.get(p.text) ?? `${typeOf(p)}:${p.text}`
  compareKeys(counts.entities,
    predicted.map(p => `${entityType(typeOf(p))}|${articleId}|${entityOf(p)}`),
    gold.map(g => `${entityType(g.type)}|${articleId}|${g.entityId}`))
}
