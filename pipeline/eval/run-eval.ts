/** Runs the evaluations over corpora on disk (the only eval module that reads files, through io/). */
import {basename} from 'node:path'
import {hasError, type Article} from '../article.js'
import {IoError, listRaw, loadInput, locateRecords, type RawFile} from '../io/raw.js'
import {processArticle} from '../process.js'
import {readTextFile} from '../io/out.js'
import {extractMentions} from '../stages/entities/extract.js'
import {ENTITY_TYPES} from '../stages/entities/gazetteer.js'
import {cleaningReport, formatCleaningReport} from './cleaning-report.js'
import {compromiseEntities} from './compromise-entities.js'
import {parseConll} from './conll.js'
import {alignGold, type GoldMentionInput} from './entity-gold.js'
import {fromMentions, newEntityCounts, scoreArticle, type EntityCounts, type Predicted} from './entity-score.js'
import {compareKeys, formatScores, prf, type Counts} from './scores.js'
import {chronoTimexes} from './chrono-timexes.js'
import {parseTimeML} from './timeml.js'
import {newTimexCounts, scoreTimexes, timexFigures, type TimexCounts} from './timex-score.js'
import {toRawSpan} from '../text/offset-map.js'
import {alignColumns} from '../text/columns.js'
import {scoreInteractions, type GoldInteraction, type InteractionCounts} from './interaction-score.js'

/** Every article of a folder, processed as a build would (rejects skipped). */
async function* articlesOf(dir: string): AsyncGenerator<Article> {
  for (const file of await listRaw(dir)) {
    for (const ref of await locateRecords(file)) {
      const article = processArticle(await loadInput(dir, ref))
      if (!hasError(article)) yield article
    }
  }
}

/** The cleaning report over a corpus folder, as text: defect counts before and after, and edits by rule. */
export async function evalCleaning(corpus: string): Promise<{text: string; failed: boolean}> {
  const samples = []
  const editsByRule = new Map<string, number>()
  const warningsByRule = new Map<string, number>()
  for await (const article of articlesOf(corpus)) {
    samples.push({raw: article.raw!.slice(article.bodyStart), clean: article.text!})
    for (const edit of article.edits) editsByRule.set(edit.rule, (editsByRule.get(edit.rule) ?? 0) + 1)
    for (const m of article.messages) if (m.severity === 'warning') warningsByRule.set(m.rule, (warningsByRule.get(m.rule) ?? 0) + 1)
  }
  const rows = cleaningReport(samples)
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `  ${rule.padEnd(22)} ${n}`)
  const text = [
    formatCleaningReport(rows, samples.length), '',
    'edits by rule:', ...sorted(editsByRule), '',
    'warnings (left alone, counted):', ...(warningsByRule.size ? sorted(warningsByRule) : ['  none']),
  ].join('\n')
  return {text, failed: rows.some(r => r.mustVanish && r.hitsAfter > 0)}
}

/** The types the entity evaluation reports, with the overall row. */
const ENTITY_CATEGORIES = [...ENTITY_TYPES, 'NORP', 'ALL']

/** The gold files, and where their articles may be: raw/ for the seeds, the development corpus for the rest. */
export interface GoldSources {
  gold: readonly string[]
  dirs: readonly string[]
}

/** The group a gold article is scored in: the seeds apart, else the gold file's name ("entities-heldout.jsonl" -> held-out). */
function goldGroup(file: string, id: string): string {
  if (/^\d{3}_/.test(id)) return 'seeds'
  const name = basename(file, '.jsonl').replace(/^(?:entities|interactions)-?/, '')
  return name === '' ? 'dev' : name === 'heldout' ? 'held-out' : name
}

/** The entity evaluation over the gold files: readouts beside compromise, strict and by entity, per group (seeds, dev, held-out). */
export async function evalEntities(sources: GoldSources): Promise<{text: string; counts: Record<string, EntityCounts>}> {
  const groups: Record<string, {ours: EntityCounts; compromise: EntityCounts; articles: number; missing: number}> = {}
  for (const file of sources.gold) for (const line of (await readTextFile(file)).split('\n').filter(l => l.trim())) {
    const {article_id: id, mentions} = JSON.parse(line) as {article_id: string; mentions: GoldMentionInput[]}
    const article = await findArticle(sources.dirs, id)
    if (!article) throw new Error(`${file}: gold article ${id} is in none of ${sources.dirs.join(', ')}`)
    const text = article.text!
    const {placed, missing} = alignGold(text, mentions)
    const g = groups[goldGroup(file, id)] ??= {ours: newEntityCounts(), compromise: newEntityCounts(), articles: 0, missing: 0}
    g.articles++
    g.missing += missing.length
    scoreArticle(g.ours, id, fromMentions(article.mentions ?? [], text), placed)
    scoreArticle(g.compromise, id, compromiseEntities(text), placed)
  }
  const parts: string[] = []
  for (const [name, g] of Object.entries(groups).sort((a, b) => GROUP_ORDER.indexOf(a[0]) - GROUP_ORDER.indexOf(b[0]) || a[0].localeCompare(b[0]))) {
    parts.push(`entities, ${name} gold: ${g.articles} articles${g.missing ? ` (${g.missing} gold mentions not found in the text)` : ''}`)
    parts.push(formatScores('strict mentions (exact span and type)', ENTITY_CATEGORIES, [['readouts', g.ours.strict], ['compromise', g.compromise.strict]]))
    parts.push(formatScores('entities per article (entity id and type)', ENTITY_CATEGORIES.filter(c => c !== 'NORP'), [['readouts', g.ours.entities], ['compromise', g.compromise.entities]]))
    parts.push('')
  }
  return {text: parts.join('\n'), counts: Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, v.ours]))}
}

/** The order gold groups are reported in (others after, by name). */
const GROUP_ORDER = ['seeds', 'dev', 'held-out']

/** The .txt files of each folder, listed once per run, by id. */
const listings = new Map<string, Promise<Map<string, RawFile>>>()
/** Processed articles by folder and id, so evaluations that share gold articles process each once. */
const processedArticles = new Map<string, Article | undefined>()

/** The processed article with this id, from the first folder that has it as a .txt file. */
async function findArticle(dirs: readonly string[], id: string): Promise<Article | undefined> {
  for (const dir of dirs) {
    if (!listings.has(dir)) {
      listings.set(dir, listRaw(dir).catch(() => []).then(files => new Map(files.filter(f => f.path.endsWith('.txt')).map(f => [f.path.slice(0, -4), f]))))
    }
    const file = (await listings.get(dir)!).get(id)
    if (!file) continue
    const key = `${dir}\0${id}`
    if (!processedArticles.has(key)) {
      const [ref] = await locateRecords(file)
      const article = processArticle(await loadInput(dir, ref!))
      processedArticles.set(key, hasError(article) ? undefined : article)
    }
    const article = processedArticles.get(key)
    if (article) return article
  }
  return undefined
}

/** Readouts' entity types in CoNLL's: PERSON -> PER, GPE and LOC -> LOC, ORG -> ORG (NORP is CoNLL's MISC, not scored). */
const CONLL_TYPE: Record<string, string> = {PERSON: 'PER', GPE: 'LOC', LOC: 'LOC', ORG: 'ORG'}

/** Scores readouts and compromise on CoNLL-2003 files: exact spans of PER, LOC and ORG. */
export async function evalConll(paths: readonly string[]): Promise<{text: string; ours: Map<string, Counts>}> {
  const ours = new Map<string, Counts>()
  const theirs = new Map<string, Counts>()
  let docs = 0
  for (const path of paths) {
    for (const doc of parseConll(await readTextFile(path))) {
      docs++
      const gold = doc.gold.filter(g => g.type !== 'MISC').map(g => `${g.type}|${g.start}|${g.end}`)
      const mine = extractMentions(doc.text, doc.sentences).filter(m => CONLL_TYPE[m.type]).map(m => `${CONLL_TYPE[m.type]}|${m.start}|${m.end}`)
      compareKeys(ours, mine, gold)
      const golden = new Map(doc.gold.map(g => [`${g.start}|${g.end}`, g.type]))
      const compromise = compromiseEntities(doc.text).map((p: Predicted) => {
        const types = p.type.split('|').map(t => CONLL_TYPE[t]!)
        const goldType = golden.get(`${p.start}|${p.end}`)
        return `${goldType && types.includes(goldType) ? goldType : types[0]}|${p.start}|${p.end}`
      })
      compareKeys(theirs, compromise, gold)
    }
  }
  const text = formatScores(`CoNLL-2003 exact spans over ${docs} documents of ${paths.join(', ')}`, ['PER', 'LOC', 'ORG', 'ALL'], [['readouts', ours], ['compromise', theirs]])
  return {text, ours}
}

/** HeidelTime's published figures on the TempEval-3 training data (TBAQ-cleaned), by corpus folder name. */
const HEIDELTIME: Record<string, Partial<Record<string, number>>> = {
  TimeBank: {strictF1: 84.91, relaxedF1: 91.57, typeF1: 88.81, valueF1: 79.24},
  AQUAINT: {strictF1: 80.99, relaxedF1: 91.78, valueF1: 72.95},
}

/** The processed article of a TimeML document: its text as a JSON record, its creation time as the publication date. */
function timeMLArticle(id: string, text: string, dct: string | null): Article {
  const record = {id: id.replace(/[^A-Za-z0-9._-]/g, '_') || 'doc', text, ...(dct ? {published: dct.slice(0, 10)} : {})}
  return processArticle({sourcePath: `${id}.json`, file: `${id}.json`, format: 'json', bytes: new TextEncoder().encode(JSON.stringify(record))})
}

/**
 * The TempEval-3 Task A evaluation of temporal expressions over folders of .tml files: each document run through the
 * whole pipeline (cleaning included) with its creation time as the publication date, scored in its own text.
 */
export async function evalTimexes(dirs: readonly string[]): Promise<{text: string; counts: Record<string, TimexCounts>}> {
  const counts: Record<string, TimexCounts> = {}
  const parts: string[] = []
  for (const dir of dirs) {
    const name = basename(dir.replace(/\/+$/, ''))
    const ours = newTimexCounts()
    const theirs = newTimexCounts()
    const files = (await listRaw(dir)).filter(f => f.path.endsWith('.tml'))
    if (files.length === 0) throw new IoError(`no .tml files in ${dir}`)
    for (const file of files) {
      const doc = parseTimeML(await readTextFile(file.abs))
      const article = timeMLArticle(doc.id || file.path, doc.text, doc.dct)
      const system = hasError(article) ? [] : (article.timexes ?? []).map(t => {
        const [start, end] = toRawSpan(article.offsetMap!, t.start, t.end)
        return {start, end, type: t.type, value: t.value}
      })
      // the dateline's date, which the cleaner lifts out of the text into articles.dateline_date, at its raw place
      const dateline = article.datelineDate
      if (dateline) system.unshift({start: dateline.rawStart, end: dateline.rawEnd, type: 'DATE', value: dateline.value})
      scoreTimexes(ours, system, doc.timexes)
      scoreTimexes(theirs, chronoTimexes(doc.text, doc.dct), doc.timexes)
    }
    counts[name] = ours
    parts.push(formatTimexScores(`temporal expressions, ${name}: ${files.length} documents, ${ours.gold} gold TIMEX3 (TempEval-3 Task A rules; a dateline's date, lifted into articles.dateline_date, is scored at its place in the text)`, ours, theirs, HEIDELTIME[name]))
  }
  return {text: parts.join('\n\n'), counts}
}

/** The figures of readouts, HeidelTime (published, where given) and chrono-node, one row each. */
function formatTimexScores(title: string, ours: TimexCounts, theirs: TimexCounts, heideltime: Partial<Record<string, number>> | undefined): string {
  const columns = ['strictP', 'strictR', 'strictF1', 'relaxedP', 'relaxedR', 'relaxedF1', 'typeAccuracy', 'typeF1', 'valueAccuracy', 'valueF1']
  const heads = ['strict P', 'R', 'F1', 'relaxed P', 'R', 'F1', 'type acc', 'F1', 'value acc', 'F1']
  const row = (system: string, figures: Partial<Record<string, number>>) =>
    system.padEnd(24) + columns.map((c, i) => (figures[c] === undefined ? '—' : figures[c]!.toFixed(2)).padStart(Math.max(heads[i]!.length, 6) + 1)).join('')
  return [title, 'system'.padEnd(24) + heads.map(h => h.padStart(Math.max(h.length, 6) + 1)).join(''),
    row('readouts', timexFigures(ours)), ...(heideltime ? [row('HeidelTime (published)', heideltime)] : []), row('chrono-node', timexFigures(theirs))].join('\n')
}

/** A party as the details of the interaction evaluation show it. */
function showParty(p: {entityId?: string | null; name?: string | null; country: string | null}): string {
  return `${('entityId' in p ? p.entityId : p.name) ?? '-'}/${p.country ?? '-'}`
}

/**
 * The interaction evaluation over gold files (seeds and development articles): precision and recall of rows whose
 * kind, date and parties all match; with `details`, every missed and every extra row.
 */
export async function evalInteractions(sources: GoldSources, details = false): Promise<{text: string; counts: Record<string, InteractionCounts>}> {
  const groups: Record<string, InteractionCounts & {articles: number}> = {}
  const lines: string[] = []
  for (const file of sources.gold) for (const line of (await readTextFile(file)).split('\n').filter(l => l.trim())) {
    const {article_id: id, interactions} = JSON.parse(line) as {article_id: string; interactions: GoldInteraction[]}
    const article = await findArticle(sources.dirs, id)
    if (!article) throw new Error(`${file}: gold article ${id} is in none of ${sources.dirs.join(', ')}`)
    const g = groups[goldGroup(file, id)] ??= {tp: 0, system: 0, gold: 0, articles: 0}
    g.articles++
    const {missed, extra} = scoreInteractions(g, article.interactions ?? [], interactions)
    if (!details) continue
    for (const m of missed) lines.push(`  ${id} missed: ${m.kind} ${m.date ?? '-'} ${showParty(m.a)} ${showParty(m.b)}  «${m.evidence ?? ''}»`)
    for (const e of extra) lines.push(`  ${id} extra:  ${e.kind} ${e.date ?? '-'} ${showParty(e.source)} ${showParty(e.target)}  «${article.text!.slice(e.start, e.end)}»`)
  }
  const rows = Object.entries(groups).sort((a, b) => GROUP_ORDER.indexOf(a[0]) - GROUP_ORDER.indexOf(b[0])).map(([name, g]) => {
    const {p, r, f1} = prf({tp: g.tp, fp: g.system - g.tp, fn: g.gold - g.tp})
    return [`${name} (${g.articles} articles)`, String(g.gold), String(g.system), String(g.tp), p.toFixed(3), r.toFixed(3), f1.toFixed(3)]
  })
  const text = ['interactions (kind, date and both parties must match; test/gold/interaction-guidelines.md)',
    ...alignColumns([['gold', 'rows', 'system', 'matched', 'P', 'R', 'F1'], ...rows]),
    ...(details ? ['', ...lines] : [])].join('\n')
  return {text, counts: Object.fromEntries(Object.entries(groups).map(([k, {tp, system, gold}]) => [k, {tp, system, gold}]))}
}
