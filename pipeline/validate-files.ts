/** validateFiles(): checks candidate article files with the same rules as a build, without writing anything. */
import {stat} from 'node:fs/promises'
import {join} from 'node:path'
import {hasError, message, type Article, type Message} from './article.js'
import {IoError, listRaw, loadInput, locateRecords, type RawFile} from './io/raw.js'
import {processArticle} from './process.js'
import {dedupeById, sortRefs} from './run.js'

/** One problem found in one input. */
export interface Problem {
  /** The file as given (or found under a folder given). */
  file: string
  sourcePath: string
  articleId: string | null
  message: Message
}

/** What validation found: how many inputs, how many valid, and every problem. */
export interface ValidationResult {
  inputs: number
  valid: number
  problems: Problem[]
}

/** The files named by `paths`: files as given, folders listed recursively. */
async function filesOf(paths: readonly string[]): Promise<RawFile[]> {
  const files: RawFile[] = []
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined)
    if (!info) throw new IoError(`${path}: no such file or folder`)
    if (info.isDirectory()) files.push(...(await listRaw(path)).map(f => ({...f, path: join(path, f.path)})))
    else files.push({path, abs: path, size: info.size, mtimeMs: info.mtimeMs, kind: info.isFile() ? 'file' : 'other'})
  }
  return files
}

/** Warns when an accepted article's published date is after `today` (YYYY-MM-DD). */
function warnFutureDate(article: Article, today: string): void {
  const published = article.record?.published
  if (hasError(article) || typeof published !== 'string' || published <= today) return
  article.messages.push(message('warning', 'validate', 'future-date',
    `${published} is after today (${today}): a scraper's clock or a typo? The build keeps the article as dated`,
    {place: {pointer: '/published', line: article.input.format === 'txt' ? 1 : article.input.line}}))
}

/** Validates every article in `paths` (parse, schema, cleaning, duplicate ids among them; dates after `today`, UTC by default). */
export async function validateFiles(paths: readonly string[], today = new Date().toISOString().slice(0, 10)): Promise<ValidationResult> {
  const files = await filesOf(paths)
  const refs = sortRefs((await Promise.all(files.map(locateRecords))).flat())
  const markDuplicate = dedupeById()
  const result: ValidationResult = {inputs: 0, valid: 0, problems: []}
  for (const ref of refs) {
    const article = processArticle(await loadInput('.', ref))
    markDuplicate(article)
    warnFutureDate(article, today)
    result.inputs++
    if (!hasError(article)) result.valid++
    for (const m of article.messages) {
      if (m.severity !== 'info') result.problems.push({file: ref.file, sourcePath: ref.sourcePath, articleId: article.id ?? null, message: m})
    }
  }
  // problems read in file order, then by line
  const order = new Map(files.map((f, i) => [f.path, i]))
  result.problems.sort((a, b) => order.get(a.file)! - order.get(b.file)! || lineOf(a) - lineOf(b))
  return result
}

/** The line a problem points to, or 0. */
function lineOf(p: Problem): number {
  const place = p.message.place
  return place && 'line' in place ? place.line ?? 0 : 0
}
