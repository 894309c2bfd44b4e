/** The cleaning report: each defect pattern counted in the raw bodies and in the cleaned texts of a corpus. */
import {alignColumns} from '../text/columns.js'
import {defectPatterns} from './cleaning-patterns.js'

/** One article as the report sees it: the raw body (after any date header) and the cleaned text. */
export interface CleaningSample {
  raw: string
  clean: string
}

/** One line of the report: a pattern's hits and files before and after cleaning. */
export interface CleaningRow {
  pattern: string
  description: string
  mustVanish: boolean
  hitsBefore: number
  filesBefore: number
  hitsAfter: number
  filesAfter: number
}

/** Counts every defect pattern over the samples. */
export function cleaningReport(samples: Iterable<CleaningSample>): CleaningRow[] {
  const rows = defectPatterns.map(p => ({pattern: p.name, description: p.description, mustVanish: p.mustVanish, hitsBefore: 0, filesBefore: 0, hitsAfter: 0, filesAfter: 0}))
  for (const sample of samples) {
    defectPatterns.forEach((p, i) => {
      const before = p.count(sample.raw)
      const after = p.count(sample.clean)
      const row = rows[i]!
      row.hitsBefore += before
      row.filesBefore += before > 0 ? 1 : 0
      row.hitsAfter += after
      row.filesAfter += after > 0 ? 1 : 0
    })
  }
  return rows
}

/** The report as a plain-text table, with a verdict column: `ok`, `LEFT` (must vanish but did not), or `-` (counted only). */
export function formatCleaningReport(rows: readonly CleaningRow[], articles: number): string {
  const header = ['pattern', 'hits before', 'files before', 'hits after', 'files after', 'verdict']
  const body = rows.map(r => [r.pattern, String(r.hitsBefore), String(r.filesBefore), String(r.hitsAfter), String(r.filesAfter),
    !r.mustVanish ? '-' : r.hitsAfter === 0 ? 'ok' : 'LEFT'])
  return [`cleaning report over ${articles} articles`, ...alignColumns([header, ...body])].join('\n')
}
