/** build.json: what went in, what came out, and the versions that made it. No clock times, so it is deterministic. */
import {hasError, type ArticleOutcome} from '../article.js'
import type {RawFile} from '../io/raw.js'
import {formatOf} from '../stages/parse/locate.js'
import {VERSION} from '../version.js'
import type {TableReport} from './table-writer.js'

/** Counts kept while articles stream past. */
export interface Tally {
  inputs: number
  articles: number
  rejects: number
  rejectsByRule: Record<string, number>
  warningsByRule: Record<string, number>
}

/** An empty tally. */
export function newTally(): Tally {
  return {inputs: 0, articles: 0, rejects: 0, rejectsByRule: {}, warningsByRule: {}}
}

/** Counts one processed article: accepted or rejected (by its first error's rule), and its warnings. */
export function tallyArticle(tally: Tally, article: ArticleOutcome): void {
  tally.inputs++
  if (hasError(article)) {
    tally.rejects++
    const rule = article.messages.find(m => m.severity === 'error')!.rule
    tally.rejectsByRule[rule] = (tally.rejectsByRule[rule] ?? 0) + 1
  } else {
    tally.articles++
  }
  for (const m of article.messages) {
    if (m.severity === 'warning') tally.warningsByRule[m.rule] = (tally.warningsByRule[m.rule] ?? 0) + 1
  }
}

/** Sorts an object's keys, so the report does not depend on the order things were counted in. */
function sorted<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** What build.json says of the raw files: how many, their bytes, and how many of each format. */
export interface RawSummary {
  files: number
  bytes: number
  files_by_format: Record<string, number>
}

/** The summary of the raw files a build listed. */
export function rawSummary(files: readonly RawFile[]): RawSummary {
  const byFormat: Record<string, number> = {}
  for (const file of files) {
    const format = file.kind === 'symlink' ? 'symlink' : formatOf(file.path)
    byFormat[format] = (byFormat[format] ?? 0) + 1
  }
  return {files: files.length, bytes: files.reduce((n, f) => n + f.size, 0), files_by_format: sorted(byFormat)}
}

/** The build.json object. */
export function buildReport(input: {raw: RawSummary; tally: Tally; reports: ReadonlyMap<string, TableReport>; tools: Record<string, string>}): Record<string, unknown> {
  const {tally} = input
  return {
    readouts: VERSION,
    tools: sorted(input.tools),
    inputs: {...input.raw, records: tally.inputs},
    outputs: {
      articles: tally.articles,
      rejects: tally.rejects,
      rejects_by_rule: sorted(tally.rejectsByRule),
      warnings_by_rule: sorted(tally.warningsByRule),
      tables: Object.fromEntries([...input.reports].map(([name, report]) => [name, report])),
    },
  }
}
