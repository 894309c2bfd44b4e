/** `readouts bench`: a build of N generated articles, timed and measured beside a floor that only reads and writes. */
import {spawn} from 'node:child_process'
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import pLimit from 'p-limit'
import {hasError, type Article} from './article.js'
import {fileSink} from './io/out.js'
import {listRaw} from './io/raw.js'
import {processArticle, stages} from './process.js'
import {startArticle} from './stages/parse/parse-input.js'
import {defineTable, string} from './tables/define.js'
import {csvEncoder} from './writers/to-csv.js'
import {alignColumns} from './text/columns.js'

/** What to measure. */
export interface BenchOptions {
  n: number
  corpus: string
  concurrency: number
  /** Worker threads of the build (0: all in the main thread). */
  workers: number
  log: (line: string) => void
}

/** Figures of one child run: wall time and the peak resident memory it reported. */
interface RunFigures {
  seconds: number
  maxRssMb: number
}

/** Runs this same program with `args` in a child process; returns its wall time and peak RSS. */
async function runChild(args: string[]): Promise<RunFigures> {
  const statsDir = await mkdtemp(join(tmpdir(), 'readouts-stats-'))
  const statsFile = join(statsDir, 'stats.json')
  const started = process.hrtime.bigint()
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, ...args, '--stats', statsFile], {stdio: ['ignore', 'ignore', 'inherit']})
    child.on('error', reject)
    child.on('exit', code => (code === 0 ? resolve() : reject(new Error(`readouts ${args[0]} exited with ${code}`))))
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const stats = JSON.parse(await readFile(statsFile, 'utf8')) as {maxRssKb: number}
  await rm(statsDir, {recursive: true, force: true})
  return {seconds, maxRssMb: stats.maxRssKb / 1024}
}

/** Writes N .txt articles into `dir` by repeating the corpus's files under new ids; returns their total bytes. */
async function generateCorpus(corpus: string, n: number, dir: string): Promise<number> {
  const files = (await listRaw(corpus)).filter(f => f.kind === 'file' && f.path.endsWith('.txt'))
  if (files.length === 0) throw new Error(`no .txt articles in ${corpus}`)
  const texts = await Promise.all(files.map(f => readFile(f.abs)))
  await mkdir(dir, {recursive: true})
  let bytes = 0
  const width = String(n).length
  for (let i = 0; i < n; i += 256) {
    await Promise.all(Array.from({length: Math.min(256, n - i)}, (_, k) => {
      const text = texts[(i + k) % texts.length]!
      bytes += text.length
      return writeFile(join(dir, `bench-${String(i + k).padStart(width, '0')}.txt`), text)
    }))
  }
  return bytes
}

/** Times each stage of processArticle over the corpus in this process: MB/s of raw text through that stage alone. */
async function stageThroughput(corpus: string): Promise<Record<string, number>> {
  const files = (await listRaw(corpus)).filter(f => f.path.endsWith('.txt'))
  const all = await Promise.all(files.map(async f => ({sourcePath: f.path, file: f.path, format: 'txt' as const, bytes: await readFile(f.abs)})))
  // the inputs that become articles (a reject stops early, so it would flatter the later stages)
  const inputs = all.filter(input => !hasError(processArticle(input)))
  const megabytes = inputs.reduce((n, i) => n + i.bytes.length, 0) / 1e6
  const time = (fn: () => void): number => {
    const rounds = 5
    const started = process.hrtime.bigint()
    for (let r = 0; r < rounds; r++) fn()
    return (rounds * megabytes) / (Number(process.hrtime.bigint() - started) / 1e9)
  }
  // each stage runs on copies of the articles the stages before it made, which then move on through it
  const copy = (article: Article): Article => ({...article, messages: [...article.messages]})
  let articles = inputs.map(startArticle)
  const figures: Record<string, number> = {}
  for (const [name, stage] of stages) {
    figures[name] = time(() => { for (const article of articles) stage(copy(article), {}) })
    articles = articles.map(article => stage(copy(article), {}))
  }
  figures['all stages'] = time(() => { for (const input of inputs) processArticle(input) })
  return figures
}

/** Runs the benchmark and logs its figures. */
export async function bench(options: BenchOptions): Promise<void> {
  const {n, corpus, concurrency, workers, log} = options
  const work = await mkdtemp(join(tmpdir(), 'readouts-bench-'))
  try {
    const raw = join(work, 'raw')
    const rawBytes = await generateCorpus(corpus, n, raw)
    const mb = rawBytes / 1e6
    log(`readouts bench: ${n} articles, ${mb.toFixed(1)} MB of raw text (from ${corpus}), concurrency ${concurrency}, ${workers} worker threads on ${availableParallelism()} cores`)
    const build = await runChild(['build', '--raw', raw, '--out', join(work, 'out'), '--force', '--quiet', '--concurrency', String(concurrency), '--workers', String(workers)])
    const floor = await runChild(['floor', '--raw', raw, '--out', join(work, 'floor.csv')])
    const rows = [
      ['run', 'seconds', 'articles/s', 'MB/s', 'peak RSS MB'],
      ['build', build.seconds.toFixed(2), (n / build.seconds).toFixed(0), (mb / build.seconds).toFixed(1), build.maxRssMb.toFixed(0)],
      ['floor (read + write CSV)', floor.seconds.toFixed(2), (n / floor.seconds).toFixed(0), (mb / floor.seconds).toFixed(1), floor.maxRssMb.toFixed(0)],
    ]
    for (const line of alignColumns(rows)) log(line)
    log(`build / floor time ratio: ${(build.seconds / floor.seconds).toFixed(2)}x`)
    const floorRate = mb / floor.seconds
    log(`per-stage throughput on one core, in process, over ${corpus} (MB/s of raw text; ratio to the floor's ${floorRate.toFixed(1)} MB/s):`)
    for (const [stage, rate] of Object.entries(await stageThroughput(corpus))) log(`  ${stage.padEnd(20)} ${rate.toFixed(1).padStart(7)}  ${(rate / floorRate).toFixed(2)}x`)
  } finally {
    await rm(work, {recursive: true, force: true})
  }
}

/** The floor: reads every raw file and writes its text as CSV rows, with no processing at all. */
export async function floor(rawDir: string, outFile: string, concurrency: number): Promise<void> {
  const files = await listRaw(rawDir)
  const sink = await fileSink(outFile)
  const encoder = csvEncoder(floorTable)
  await sink.write(encoder.header())
  for (let i = 0; i < files.length; i += 256) {
    const batch = files.slice(i, i + 256)
    const texts = [...(await Promise.all(mapLimit(batch, concurrency, f => readFile(f.abs, 'utf8'))))]
    await sink.write(encoder.encode(batch.map((f, k) => ({article_id: f.path, text: texts[k]}))))
  }
  await sink.close()
}

/** The floor's one table: a path and a text. */
const floorTable = defineTable({
  name: 'floor', title: 'Floor', description: 'Raw texts, unprocessed.', primaryKey: ['article_id'],
  columns: [string('article_id', 'Raw path.'), string('text', 'Raw text.')],
})

/** Maps with at most `concurrency` calls at once. */
function mapLimit<T, R>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<R>): Promise<R>[] {
  const limit = pLimit(concurrency)
  return items.map(item => limit(() => fn(item)))
}
