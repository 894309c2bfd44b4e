/**
 * The peers of `readouts bench`: compromise and chrono-node, each run over a corpus in a Node process of its own that
 * loads that library and nothing of readouts. (Not `readouts peer`: the readouts bundle imports apache-arrow, and an
 * isolate that has loaded it runs compromise about twice as slowly, which would flatter readouts.)
 */
import type {PeerName} from './bench-row.js'

/** How each peer is called on one article's body, as `make eval` calls it (pipeline/eval/): what it found, counted. */
const CALLS: Record<PeerName, {specifier: string; load: string; call: string}> = {
  compromise: {
    specifier: 'compromise',
    load: 'const {default: nlp} = await import(url)',
    // people, places and organizations, with their offsets
    call: 'const doc = nlp(body); return [doc.people(), doc.places(), doc.organizations()].reduce((n, view) => n + view.json({offset: true}).length, 0)',
  },
  'chrono-node': {
    specifier: 'chrono-node',
    load: 'const chrono = await import(url)',
    // dates, against the publication date at noon UTC
    call: 'return chrono.parse(body, {instant: published ? new Date(`${published}T12:00:00Z`) : new Date(), timezone: 0}).length',
  },
}

/**
 * The ES module source that runs peer `name` over the body of every .txt article of `rawDir` (in path order, on one
 * thread, after the optional ` date YYYY-MM-DD ` header, which gives the publication date), prints how many
 * articles and findings, and writes its peak RSS to `statsFile` as `readouts build --stats` does.
 */
export function peerScript(name: PeerName, rawDir: string, statsFile: string): string {
  const {specifier, load, call} = CALLS[name]
  const settings = {url: import.meta.resolve(specifier), rawDir, statsFile, name}
  return `import {readdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
const {url, rawDir, statsFile, name} = ${JSON.stringify(settings)}
${load}
const run = (body, published) => { ${call} }
const files = (await readdir(rawDir, {recursive: true})).filter(f => f.endsWith('.txt')).sort()
let found = 0
for (const file of files) {
  const text = await readFile(join(rawDir, file), 'utf8')
  const header = /^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})(?:\\s+|$)/.exec(text)
  found += run(header ? text.slice(header[0].length) : text, header ? header[1] : null)
}
console.log(\`\${name}: \${files.length} articles, \${found} found\`)
await writeFile(statsFile, JSON.stringify({maxRssKb: process.resourceUsage().maxRSS}) + '\\n')
`
}
