/** Gold entity annotations: mentions listed in reading order, aligned to an article's clean text by searching forward. */
import {countryByCode, entityIdOf, type EntityType} from '../stages/entities/gazetteer.js'

/** A gold mention as annotators write it (test/gold/entities.jsonl). */
export interface GoldMentionInput {
  text: string
  type: EntityType | 'NORP'
  name: string
  country: string | null
}

/** A gold mention placed in the text (UTF-16 offsets) with its entity id. */
export interface GoldMention extends GoldMentionInput {
  start: number
  end: number
  entityId: string
}

/** The entity id of a gold mention, by the same rules the extractor uses. */
export function goldEntityId(m: GoldMentionInput): string {
  if (m.type === 'NORP') return `GPE:${m.country}`
  if (m.type === 'GPE' && m.country && countryByCode.get(m.country)?.name === m.name) return `GPE:${m.country}`
  return entityIdOf(m.type, m.name)
}

/** Places each gold mention in `text`, searching forward from the previous one (whole words); unplaced ones are returned apart. */
export function alignGold(text: string, mentions: readonly GoldMentionInput[]): {placed: GoldMention[]; missing: GoldMentionInput[]} {
  const placed: GoldMention[] = []
  const missing: GoldMentionInput[] = []
  let at = 0
  for (const m of mentions) {
    const escaped = m.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const found = new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'u').exec(text.slice(at))
    if (!found) { missing.push(m); continue }
    const start = at + found.index
    placed.push({...m, start, end: start + m.text.length, entityId: goldEntityId(m)})
    at = start + m.text.length
  }
  return {placed, missing}
}
