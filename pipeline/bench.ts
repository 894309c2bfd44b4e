/**
 * `readouts bench`: builds of generated corpora of several sizes, each timed and measured in a child process beside
 * a floor that only reads and writes and beside peers (compromise, chrono-node) on the same articles; the time of
 * each stage; the targets; bench.csv, bench-stages.csv and bench.svg.
 */
import {spawn} from 'node:child_process'
import {mkdir, mkdtemp, readFile, rm} from 'node:fs/promises'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import pLimit from 'p-limit'
import {fileSink, writeTextFile} from './io/out.js'
import {listRaw} from './io/raw.js'
import {defineTable, string} from './tables/define.js'
import {csvEncoder} from './writers/to-csv.js'
import {alignColumns} from './text/columns.js'
import {benchChart} from './bench-chart.js'
import {generateCorpora, type BenchCorpus} from './bench-corpus.js'
import {benchCsv, buildMbPerSecond, floorRatio, PEERS, type BenchRow, type PeerName, type RunFigures} from './bench-row.js'
import {peerScript} from './bench-peers.js'
import {stagesCsv, stageThroughput, type StageFigures} from './bench-stages.js'
import {checkTargets, type TargetCheck} from './bench-targets.js'

/** What to measure and where to write the report. */
export interface BenchOptions {
  /** Corpus sizes, in articles. */
  sizes: number[]
  corpus: string
  concurrency: number
  /** Worker threads of the build (0: all in the main thread). */
  workers: number
  /** The peers run only on sizes up to this many articles. */
  peersMax: number
  /** Folder of bench.csv, bench-stages.csv and bench.svg. */
  reportDir: string
  /** Prints a line of the report. */
  log: (line: string) => void
  /** Prints a progress note (which run is under way). */
  note: (line: string) => void
}

/** `n` with thousands separators: 100,000. */
const count = (n: number): string => n.toLocaleString('en-US')

/** Runs Node with the arguments `nodeArgs(statsFile)` gives, in a child process; returns its wall time and the peak RSS it wrote to statsFile. */
async function runNode(what: string, nodeArgs: (statsFile: string) => string[]): Promise<RunFigures> {
  const statsDir = await mkdtemp(join(tmpdir(), 'readouts-stats-'))
  const statsFile = join(statsDir, 'stats.json')
  try {
    const args = nodeArgs(statsFile)
    const started = process.hrtime.bigint()
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, args, {stdio: ['ignore', 'ignore', 'inherit']})
      child.on('error', reject)
      child.on('exit', code => (code === 0 ? resolve() : reject(new Error(`${what} exited with ${code}`))))
    })
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    const stats = JSON.parse(await readFile(statsFile, 'utf8')) as {maxRssKb: number}
    return {seconds, peakRssMb: stats.maxRssKb / 1024}
  } finally {
    await rm(statsDir, {recursive: true, force: true})
  }
}

/** Runs this same program with `args` (and `--stats`) in a child process. */
function runReadouts(args: string[]): Promise<RunFigures> {
  return runNode(`readouts ${args.join(' ')}`, statsFile => [...process.execArgv, process.argv[1]!, ...args, '--stats', statsFile])
}

/** Runs a peer over `rawDir` in a Node process that loads that library alone. */
function runPeer(peer: PeerName, rawDir: string): Promise<RunFigures> {
  return runNode(`the ${peer} peer`, statsFile => ['--input-type=module', '--eval', peerScript(peer, rawDir, statsFile)])
}

/** Measures one corpus: the build, the floor, and each peer when the corpus is at most `peersMax` articles. */
async function measure(corpus: BenchCorpus, work: string, options: BenchOptions, coresUsed: number): Promise<BenchRow> {
  const {concurrency, workers, peersMax, note} = options
  const dir = join(work, `runs-${corpus.articles}`)
  await mkdir(dir, {recursive: true})
  try {
    // each run's figures are noted as soon as it ends: a long peer run does not hide the build's
    const timed = async (what: string, run: () => Promise<RunFigures>) => {
      note(`bench: ${count(corpus.articles)} articles: ${what}...`)
      const figures = await run()
      note(`bench: ${count(corpus.articles)} articles: ${what}: ${figures.seconds.toFixed(2)} s, peak RSS ${figures.peakRssMb.toFixed(0)} MB`)
      return figures
    }
    const build = await timed('build', () => runReadouts(['build', '--raw', corpus.dir, '--out', join(dir, 'out'), '--force', '--quiet', '--concurrency', String(concurrency), '--workers', String(workers)]))
    const floor = await timed('floor', () => runReadouts(['floor', '--raw', corpus.dir, '--out', join(dir, 'floor.csv')]))
    const peers = {} as Record<PeerName, RunFigures | null>
    for (const peer of PEERS) peers[peer] = corpus.articles <= peersMax ? await timed(peer, () => runPeer(peer, corpus.dir)) : null
    return {articles: corpus.articles, rawMb: corpus.bytes / 1e6, workers, coresUsed, build, floor, peers}
  } finally {
    await rm(dir, {recursive: true, force: true})
  }
}

/** The table of one size: each run's seconds, articles/s, MB/s, peak RSS, and its time over the build's. */
function sizeTable(row: BenchRow, peersMax: number): string[] {
  const line = (name: string, f: RunFigures | null): string[] => f
    ? [name, f.seconds.toFixed(2), (row.articles / f.seconds).toFixed(1), (row.rawMb / f.seconds).toFixed(2), f.peakRssMb.toFixed(0), `${(f.seconds / row.build.seconds).toFixed(2)}x`]
    : [name, 'not run', '', '', '', '']
  const threads = row.workers === 0 ? 'main thread only' : `${row.workers} worker threads`
  const table = alignColumns([
    ['run', 'seconds', 'articles/s', 'MB/s', 'peak RSS MB', 'time / build'],
    line(`build (${threads})`, row.build),
    line('floor (read + write CSV)', row.floor),
    ...PEERS.map(peer => line(`${peer} (one thread)`, row.peers[peer])),
  ])
  return [
    `${count(row.articles)} articles, ${row.rawMb.toFixed(1)} MB of raw text`,
    ...table.map(l => `  ${l}`),
    `  build: ${(buildMbPerSecond(row) / row.coresUsed).toFixed(2)} MB/s per core (${buildMbPerSecond(row).toFixed(2)} MB/s / ${row.coresUsed} cores used); build / floor time: ${floorRatio(row).toFixed(2)}x`,
    ...(PEERS.some(peer => row.peers[peer] === null) ? [`  the peers run only on corpora of at most ${count(peersMax)} articles (--peers-max)`] : []),
    '',
  ]
}

/** The table of the stages: each one's MB/s and ms per article on one core, its share of all stages, and its ratio to the floor. */
function stagesTable(figures: readonly StageFigures[], floorMbPerSecond: number): string[] {
  const all = figures.find(f => f.stage === 'all stages')!
  return alignColumns([
    ['stage', 'MB/s', 'ms/article', 'share', 'vs floor'],
    ...figures.map(f => [f.stage, f.mbPerSecond.toFixed(1), f.msPerArticle.toFixed(3), `${((100 * f.msPerArticle) / all.msPerArticle).toFixed(0)}%`, `${(f.mbPerSecond / floorMbPerSecond).toFixed(2)}x`]),
  ]).map(l => `  ${l}`)
}

/** The targets, one a line: verdict, target, goal, then what was measured. */
function targetLines(targets: readonly TargetCheck[]): string[] {
  const width = (pick: (t: TargetCheck) => string) => Math.max(...targets.map(t => pick(t).length))
  const [verdict, target, goal] = [width(t => t.verdict), width(t => t.target), width(t => t.goal)]
  return targets.map(t => `  ${t.verdict.padEnd(verdict)}  ${t.target.padEnd(target)}  ${t.goal.padEnd(goal)}  ${t.measured}`)
}

/** Runs the benchmark, logs its figures and targets, writes the report; returns the rows. */
export async function bench(options: BenchOptions): Promise<BenchRow[]> {
  const {corpus, concurrency, workers, peersMax, reportDir, log} = options
  const sizes = [...new Set(options.sizes)].sort((a, b) => a - b)
  const cores = availableParallelism()
  const coresUsed = Math.min(Math.max(workers, 1), cores)
  const work = await mkdtemp(join(tmpdir(), 'readouts-bench-'))
  try {
    log(`readouts bench: ${sizes.map(count).join(', ')} articles from ${corpus}; the build with concurrency ${concurrency}, ${workers} worker threads on ${cores} cores; ` +
      `peers on one thread each, at sizes up to ${count(peersMax)} articles (--peers-max)`)
    log('')
    options.note(`bench: generating ${count(sizes.at(-1)!)} articles...`)
    const corpora = await generateCorpora(corpus, sizes, join(work, 'corpora'))
    const rows: BenchRow[] = []
    const subtitle = `${workers} worker threads on ${cores} cores; peers on one thread; articles repeated from ${corpus}`
    for (const c of corpora) {
      const row = await measure(c, work, options, coresUsed)
      rows.push(row)
      for (const line of sizeTable(row, peersMax)) log(line)
      // written after each size, so a long run that stops keeps what it measured
      await writeTextFile(join(reportDir, 'bench.csv'), benchCsv(rows))
      await writeTextFile(join(reportDir, 'bench.svg'), benchChart(rows, subtitle))
    }
    options.note('bench: timing the stages...')
    const stages = await stageThroughput(corpus)
    const largest = rows.at(-1)!
    const floorRate = largest.rawMb / largest.floor.seconds
    log(`Time per stage, in process on one core, over the ${corpus} articles (5 rounds). Per-article figures do not depend on N, so they are`)
    log(`measured once, not per size; "vs floor" is the ratio to the floor's ${floorRate.toFixed(1)} MB/s at ${count(largest.articles)} articles:`)
    for (const line of stagesTable(stages, floorRate)) log(line)
    log('')
    log('Targets (issue 7):')
    for (const line of targetLines(checkTargets(rows))) log(line)
    log(`  (peer ratios are whole runs: the peer on one thread, the build on ${coresUsed} cores)`)
    await writeTextFile(join(reportDir, 'bench-stages.csv'), stagesCsv(stages))
    log('')
    log(`readouts bench: wrote ${['bench.csv', 'bench-stages.csv', 'bench.svg'].map(f => join(reportDir, f)).join(', ')}`)
    return rows
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
