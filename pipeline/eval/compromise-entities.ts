/** compromise, the JavaScript NLP library people reach for, as a baseline: its people, places and organizations. */
import nlp from 'compromise'
import type {Predicted} from './entity-score.js'

/** compromise's match view: terms with offsets. */
interface Offset {
  text: string
  offset: {start: number; length: number}
}

/** compromise's people (PERSON), places (GPE or LOC: it does not tell them apart) and organizations (ORG) in `text`. */
export function compromiseEntities(text: string): Predicted[] {
  const doc = nlp(text)
  const out: Predicted[] = []
  const take = (view: {json(options: object): unknown}, type: string) => {
    for (const m of view.json({offset: true}) as Offset[]) {
      // compromise's text can carry a trailing punctuation mark or possessive: score the words only
      const raw = text.slice(m.offset.start, m.offset.start + m.offset.length)
      const trimmed = raw.replace(/(?:['’]s)?[\s.,;:!?"”’)]*$/u, '')
      out.push({start: m.offset.start, end: m.offset.start + trimmed.length, type, entityId: null, text: trimmed})
    }
  }
  take(doc.people(), 'PERSON')
  take(doc.places(), 'GPE|LOC')
  take(doc.organizations(), 'ORG')
  return out.sort((a, b) => a.start - b.start)
}
