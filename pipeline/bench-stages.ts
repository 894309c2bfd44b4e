/** The time of each stage of processArticle, in process on one core: figures per article, so measured once per bench whatever its sizes. */
import {readFile} from 'node:fs/promises'
import Papa from 'papaparse'
import {hasError, type Article} from './article.js'
import {listRaw} from './io/raw.js'
import {processArticle, stages} from './process.js'
import {startArticle} from './stages/parse/parse-input.js'

/** One stage's throughput: megabytes of raw text per second through it alone, and milliseconds per article. */
export interface StageFigures {
  stage: string
  mbPerSecond: number
  msPerArticle: number
}

/** Times each stage of processArticle over the .txt articles of `corpus` (5 rounds each), then all of them together. */
export async function stageThroughput(corpus: string): Promise<StageFigures[]> {
  const files = (await listRaw(corpus)).filter(f => f.path.endsWith('.txt'))
  const all = await Promise.all(files.map(async f => ({sourcePath: f.path, file: f.path, format: 'txt' as const, bytes: await readFile(f.abs)})))
  // the inputs that become articles (a reject stops early, so it would flatter the later stages)
  const inputs = all.filter(input => !hasError(processArticle(input)))
  const megabytes = inputs.reduce((n, i) => n + i.bytes.length, 0) / 1e6
  const time = (stage: string, fn: () => void): StageFigures => {
    const rounds = 5
    const started = process.hrtime.bigint()
    for (let r = 0; r < rounds; r++) fn()
    const seconds = Number(process.hrtime.bigint() - started) / 1e9 / rounds
    return {stage, mbPerSecond: megabytes / seconds, msPerArticle: (1000 * seconds) / inputs.length}
  }
  // each stage runs on copies of the articles the stages before it made, which then move on through it
  const copy = (article: Article): Article => ({...article, messages: [...article.messages]})
  let articles = inputs.map(startArticle)
  const figures: StageFigures[] = []
  for (const [name, stage] of stages) {
    figures.push(time(name, () => { for (const article of articles) stage(copy(article), {}) }))
    articles = articles.map(article => stage(copy(article), {}))
  }
  figures.push(time('all stages', () => { for (const input of inputs) processArticle(input) }))
  return figures
}

/** bench-stages.csv: one row per stage (then all stages), with its MB/s and milliseconds per article on one core. */
export function stagesCsv(figures: readonly StageFigures[]): string {
  const data = figures.map(f => [f.stage, Number(f.mbPerSecond.toFixed(3)), Number(f.msPerArticle.toFixed(4))])
  return Papa.unparse({fields: ['stage', 'mb_per_second', 'ms_per_article'], data}, {newline: '\n'}) + '\n'
}
