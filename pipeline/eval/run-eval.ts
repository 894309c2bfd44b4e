/** Runs the evaluations over corpora on disk (the only eval module that reads files, through io/). */
import {hasError} from '../article.js'
import {listRaw, loadInput, locateRecords} from '../io/raw.js'
import {processArticle} from '../process.js'
import type {Article} from '../article.js'
import {cleaningReport, formatCleaningReport} from './cleaning-report.js'

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
