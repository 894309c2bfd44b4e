/** Paragraphs a page repeats: exact copies of an earlier paragraph, and bullet summaries of the paragraphs that follow. */
import type {CleanReplacement, CleanRule} from './rule.js'

/** Shorter paragraphs may repeat on purpose ("Q:", a refrain); only longer copies are removed. */
const MIN_LENGTH = 80

/** A paragraph's text for comparison: trimmed, spaces folded (most paragraphs need neither). */
function key(paragraph: string): string {
  const plain = !paragraph.includes('  ') && !paragraph.includes('\n') && !paragraph.includes('\t') && paragraph.trim().length === paragraph.length
  return plain ? paragraph : paragraph.trim().replace(/\s+/g, ' ')
}

/** Duplicate paragraphs: a later exact copy, or a "•item•item" line whose items all stand as paragraphs too. */
export const duplicateParagraphs: CleanRule = {
  name: 'duplicate-paragraph',
  description: 'Paragraphs a page repeats are removed.',
  variants: {
    'repeated-paragraph': 'A paragraph of 80 characters or more that repeats an earlier one exactly is removed.',
    'bullet-summary': 'A line of "•"-joined items, each of which is also a paragraph of its own, is removed.',
  },
  find(text) {
    const hasBullets = text.includes('•')
    const paragraphs: Array<{start: number; end: number; key?: string}> = []
    for (let start = 0; start < text.length;) {
      let end = text.indexOf('\n\n', start)
      if (end === -1) end = text.length
      if (end > start) paragraphs.push({start, end})
      start = end + 2
    }
    // keys only where they can matter: long paragraphs, and every paragraph when some line has bullets
    for (const p of paragraphs) if (hasBullets || p.end - p.start >= MIN_LENGTH) p.key = key(text.slice(p.start, p.end))
    const standalone = hasBullets ? new Set(paragraphs.map(p => p.key)) : new Set<string | undefined>()
    const seen = new Set<string>()
    const out: CleanReplacement[] = []
    for (const p of paragraphs) {
      if (p.key === undefined) continue
      const items = hasBullets ? p.key.split('•').slice(1).map(item => item.trim()).filter(Boolean) : []
      if (p.key.length >= MIN_LENGTH && seen.has(p.key)) out.push({start: p.start, end: p.end, text: '', rule: 'repeated-paragraph'})
      else if (items.length >= 2 && items.every(item => standalone.has(item))) out.push({start: p.start, end: p.end, text: '', rule: 'bullet-summary'})
      seen.add(p.key)
    }
    return out
  },
}
