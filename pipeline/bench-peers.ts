/** The peers of `readouts bench`, each run alone in a child process (`readouts peer NAME`) over a corpus's texts. */
import {readFile} from 'node:fs/promises'
import {listRaw} from './io/raw.js'
import {readTxtHeader} from './stages/parse/txt-header.js'
import type {PeerName} from './bench-row.js'

/** What a peer found in one article's body, given its publication date (null when the article has none). */
type PeerRun = (body: string, published: string | null) => number

/** Each peer as `make eval` calls it: compromise's people, places and organizations; chrono-node's dates against the publication date. */
async function loadPeer(name: PeerName): Promise<PeerRun> {
  if (name === 'compromise') {
    const {compromiseEntities} = await import('./eval/compromise-entities.js')
    return body => compromiseEntities(body).length
  }
  const {chronoTimexes} = await import('./eval/chrono-timexes.js')
  return (body, published) => chronoTimexes(body, published).length
}

/** Runs peer `name` over the body of every .txt article of `rawDir`, one after another on one thread; returns the articles and what it found. */
export async function runPeer(name: PeerName, rawDir: string): Promise<{articles: number; found: number}> {
  const run = await loadPeer(name)
  const files = (await listRaw(rawDir)).filter(f => f.kind === 'file' && f.path.endsWith('.txt'))
  let found = 0
  for (const file of files) {
    const text = await readFile(file.abs, 'utf8')
    const header = readTxtHeader(text)
    const published = header && 'published' in header ? header : undefined
    found += run(text.slice(published?.bodyStart ?? 0), published?.published ?? null)
  }
  return {articles: files.length, found}
}
