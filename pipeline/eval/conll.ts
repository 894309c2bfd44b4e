/** CoNLL-2003 files (token ... NER tag per line, -DOCSTART- between documents): documents with their gold spans. */
import type {Span} from '../text/sentences.js'

/** A CoNLL document rebuilt as text: tokens joined by spaces, sentences by blank lines, with gold entity spans. */
export interface ConllDocument {
  text: string
  sentences: Span[]
  /** Gold spans: [start, end) in `text` and the CoNLL type (PER, LOC, ORG, MISC). */
  gold: Array<{start: number; end: number; type: string}>
}

/** Parses CoNLL-2003 (IOB1 or IOB2 tags in the last column) into documents. */
export function parseConll(content: string): ConllDocument[] {
  const docs: ConllDocument[] = []
  let doc: ConllDocument = {text: '', sentences: [], gold: []}
  let sentenceStart = -1
  let open: {start: number; end: number; type: string} | undefined
  const closeEntity = () => { if (open) { doc.gold.push(open); open = undefined } }
  const closeSentence = () => {
    closeEntity()
    if (sentenceStart >= 0) { doc.sentences.push({start: sentenceStart, end: doc.text.length}); sentenceStart = -1 }
  }
  const closeDoc = () => { closeSentence(); if (doc.text) docs.push(doc); doc = {text: '', sentences: [], gold: []} }
  for (const line of content.split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/)
    if (line.trim() === '') { closeSentence(); continue }
    if (cols[0] === '-DOCSTART-') { closeDoc(); continue }
    const [token, tag] = [cols[0]!, cols.at(-1)!]
    if (sentenceStart < 0) {
      if (doc.text) doc.text += '\n\n'
      sentenceStart = doc.text.length
    } else {
      doc.text += ' '
    }
    const start = doc.text.length
    doc.text += token
    const [prefix, type] = tag === 'O' ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)]
    if (prefix === 'O') { closeEntity(); continue }
    // IOB1 starts a new entity with B- only between two of one type; IOB2 always
    if (open && open.type === type && prefix === 'I') { open.end = doc.text.length; continue }
    closeEntity()
    open = {start, end: doc.text.length, type}
  }
  closeDoc()
  return docs
}
