#!/usr/bin/env node
/** readouts build | validate | bench | generate: argument parsing, output and exit codes, nothing else. */
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {availableParallelism} from 'node:os'
import {formatMessage} from './format-message.js'
import {readTextFile, writeTextFile} from './io/out.js'
import {cacheDirOf} from './io/cache.js'
import {IoError} from './io/raw.js'
import {merge, MergeError} from './merge.js'
import {build} from './run.js'
import {parseShard} from './shard.js'
import {parseThemes, ThemesError, type CompiledThemes} from './stages/themes/themes-file.js'
import {validateFiles} from './validate-files.js'
import {VERSION} from './version.js'

/** Exit codes: 0 success, 1 invalid input found (or shards that do not fit together), 2 wrong usage, 3 I/O failure (nothing was changed). */
const EXIT = {ok: 0, invalid: 1, usage: 2, io: 3} as const

const HELP: Record<string, string> = {
  main: `readouts ${VERSION}: diplomacy news articles into clean, validated research datasets

Usage: readouts <command> [options]

Commands:
  build      build out/ (CSV, Arrow, Parquet, datapackage.json) from the articles in raw/
  merge      merge the outputs of build --shard K/N into one out/
  validate   check article files against the rules of a build, without building
  eval       measure quality on gold and development data (cleaning, entities, timexes, interactions)
  bench      measure builds of generated corpora beside a floor and peers (time, memory, targets)
  generate   regenerate schemas/rows/*.schema.json and the README's data dictionary

Run 'readouts <command> --help' for a command's options.`,
  build: `Usage: readouts build [--raw DIR] [--out DIR] [--concurrency N] [--force] [--themes FILE] [--shard K/N]

Builds the datasets in --out (default out) from every file in --raw (default raw).
out is replaced in one step when the new build is complete: it always holds a
complete build. Nothing is rebuilt when raw/ and the code are unchanged.

  --raw DIR          folder of articles (.txt, .json, .jsonl, .csv), read recursively
  --out DIR          output folder (a link to the current build)
  --concurrency N    inputs read and processed at once (default: ${availableParallelism() * 2}); output is identical for any N
  --workers N        worker threads that process articles (default: ${availableParallelism()}, one per core; 0: none,
                     all in the main thread); output is identical for any N
  --force            rebuild even when nothing changed (articles still come from the cache)
  --no-cache         process every article again: no article cache (.OUT.cache beside --out,
                     keyed by each input's bytes and the code version)
  --excel            also write out/excel/<table>.csv for spreadsheets: a byte-order mark, and text cells
                     beginning with = + - @ prefixed with ' so they are not run as formulas (lossy: the
                     CSV files of out/ are the data; these are for viewing)
  --themes FILE      the themes to count (JSON, schemas/themes.schema.json; default
                     pipeline/data/themes.json); a file that is not valid stops with exit code 2
  --shard K/N        build only shard K of N (1 <= K <= N): the inputs whose id hashes to K, for one job
                     of a cluster job array; 'readouts merge' combines the N outputs (see the README)
  --quiet            no progress line and no summary
  --stats FILE       write this run's peak memory as JSON (used by bench)`,
  merge: `Usage: readouts merge --out DIR [--excel] SHARD_DIR...

Merges the outputs of 'readouts build --shard K/N' for K = 1..N into --out: the same files, byte for
byte, as one build of the whole raw/ folder. Stops with a clear message when a shard is missing,
repeated, or was built from other inputs or by another version.

  --out DIR          output folder (replaced in one step when the merge is complete)
  --excel            also write the formula-safe copies into out/excel/ (see build --help)`,
  validate: `Usage: readouts validate [--json] FILE|DIR...

Checks articles before they go into raw/: encoding, JSON/CSV syntax, the raw-article schema,
cleaning, and duplicate ids among the files given. Prints one line per problem:
  path:line: pointer: reason  stage:rule
Exits 0 when every article is valid, 1 otherwise.

  --json    print the problems as a JSON array instead`,
  bench: `Usage: readouts bench [--sizes N,N...] [--n N] [--peers-max N] [--report DIR]
                      [--corpus DIR] [--concurrency N] [--workers N]

For each size, makes a corpus of that many articles by repeating the articles of --corpus
(default ../shared/data/dev-corpus) under new ids, and runs on it, each in a child process:
the build (--workers worker threads, default one per core), a floor that only reads the same
files and writes their text as CSV, and the peers compromise (people, places, organizations)
and chrono-node (dates), one thread each. Prints a table per size (seconds, articles/s, MB/s,
peak memory, time over the build's), the time of each stage on one core (measured once: it
does not depend on the size), and the targets, PASS or FAIL. Writes bench.csv (one row per
size), bench-stages.csv and bench.svg (time and memory against size) to --report.

  --sizes N,N...     corpus sizes, in articles (default 1000,10000,100000)
  --n N              one size: the same as --sizes N
  --peers-max N      run the peers only on sizes up to N articles (default 1000; compromise
                     takes about a quarter of a second an article); above, they say "not run"
  --report DIR       folder of the report files (default bench)
  --corpus DIR       the articles to repeat (their .txt files)
  --concurrency N    the build's --concurrency (default: ${availableParallelism() * 2})
  --workers N        the build's worker threads (default: ${availableParallelism()}; 0: the main thread only)`,
  eval: `Usage: readouts eval [cleaning | entities | timexes | interactions | conll FILE... | all] [--corpus DIR]
                     [--gold FILE]... [--tml DIR]... [--interaction-gold FILE]... [--details]

cleaning   counts each defect pattern (HTML entities, mojibake, archive headers, captions,
           datelines, stray markup, layout...) in the raw texts of --corpus (default
           ../shared/data/dev-corpus) and again in the cleaned texts, with the edits of each rule.
entities   scores entity mentions against each gold file of --gold (repeatable; default
           test/gold/entities.jsonl, the seeds in raw/ and the development articles of --corpus,
           and test/gold/entities-heldout.jsonl, articles of --corpus the rules were never tuned
           on), strict and by entity, beside compromise.
timexes    scores temporal expressions on each folder of TimeML files of --tml (repeatable; default
           ../shared/data/tempeval3-train/TimeBank and .../AQUAINT) by the TempEval-3 Task A rules,
           beside HeidelTime's published figures and chrono-node on the same documents.
interactions  scores interactions (kind, date and both parties) against each gold file of
           --interaction-gold (repeatable; default test/gold/interactions.jsonl: the seeds and
           development articles of --corpus, and test/gold/interactions-heldout.jsonl, articles
           the rules were never tuned on); --details lists every missed and extra row.
conll      scores people, locations and organizations on CoNLL-2003 files, beside compromise.
all        cleaning, entities, timexes and interactions (the default; what make eval runs).
Exits 1 when a defect that cleaning must remove is left.`,
  floor: `Usage: readouts floor --raw DIR --out FILE

The benchmark's floor: reads every file of --raw and writes the texts as CSV, with no processing.`,
  generate: `Usage: readouts generate

Regenerates schemas/rows/*.schema.json and the data dictionary in README.md from the
table definitions in pipeline/tables/.`,
}

/** Parses a command's options, printing help or a usage error as needed; undefined means "exit now". */
function options<T extends ParseArgsConfig['options']>(command: string, args: string[], spec: T, positionals = false) {
  try {
    const parsed = parseArgs({args, options: {...spec, help: {type: 'boolean', short: 'h'}}, allowPositionals: positionals, strict: true})
    if ((parsed.values as {help?: boolean}).help) { console.log(HELP[command]); return undefined }
    return parsed
  } catch (e) {
    console.error(`readouts ${command}: ${(e as Error).message}\n\n${HELP[command]}`)
    process.exitCode = EXIT.usage
    return undefined
  }
}

/** A whole-number option of at least `min` (1 unless said), or a usage error. */
function positiveInt(command: string, name: string, value: string | undefined, fallback: number, min = 1): number | undefined {
  if (value === undefined) return fallback
  const n = Number(value)
  if (Number.isInteger(n) && n >= min) return n
  console.error(`readouts ${command}: --${name} must be a ${min > 0 ? 'positive' : 'non-negative'} whole number (got "${value}")`)
  process.exitCode = EXIT.usage
  return undefined
}

/** Prints a usage error with the command's help and sets exit code 2. */
function usageError(command: string, reason: string): void {
  console.error(`readouts ${command}: ${reason}\n\n${HELP[command]}`)
  process.exitCode = EXIT.usage
}

/** A progress line on a terminal, redrawn at most ten times a second; silent when stderr is not a TTY. */
function progressLine(quiet: boolean): ((done: number, total: number) => void) | undefined {
  if (quiet || !process.stderr.isTTY) return undefined
  let last = 0
  return (done, total) => {
    const now = Date.now()
    if (now - last < 100 && done < total) return
    last = now
    process.stderr.write(`\r  ${done}/${total} inputs (${Math.floor((100 * done) / total)}%)${done === total ? '\n' : ''}`)
  }
}

/** readouts build */
async function buildCommand(args: string[]): Promise<void> {
  const parsed = options('build', args, {
    raw: {type: 'string', default: 'raw'}, out: {type: 'string', default: 'out'}, stats: {type: 'string'},
    concurrency: {type: 'string'}, force: {type: 'boolean', default: false}, quiet: {type: 'boolean', default: false}, themes: {type: 'string'},
    workers: {type: 'string'}, 'no-cache': {type: 'boolean', default: false}, excel: {type: 'boolean', default: false},
    shard: {type: 'string'},
  })
  if (!parsed) return
  const shardText = (parsed.values as {shard?: string}).shard
  const shard = shardText === undefined ? undefined : parseShard(shardText)
  if (shard && 'error' in shard) { usageError('build', shard.error); return }
  const {raw, out, force, quiet} = parsed.values as {raw: string; out: string; force: boolean; quiet: boolean; concurrency?: string}
  const concurrency = positiveInt('build', 'concurrency', (parsed.values as {concurrency?: string}).concurrency, availableParallelism() * 2)
  if (concurrency === undefined) return
  const workers = positiveInt('build', 'workers', (parsed.values as {workers?: string}).workers, availableParallelism(), 0)
  if (workers === undefined) return
  const themesFile = (parsed.values as {themes?: string}).themes
  let themes: CompiledThemes | undefined
  if (themesFile !== undefined) {
    try {
      themes = parseThemes(await readTextFile(themesFile), themesFile)
    } catch (e) {
      if (!(e instanceof ThemesError)) throw e
      console.error(`readouts build: the themes file is not valid (schemas/themes.schema.json):\n${e.message}`)
      process.exitCode = EXIT.usage
      return
    }
  }
  const cacheDir = (parsed.values as {'no-cache': boolean})['no-cache'] ? undefined : cacheDirOf(out)
  const excel = (parsed.values as {excel: boolean}).excel
  const result = await build({rawDir: raw, outDir: out, concurrency, workers, force, themes, cacheDir, excel, shard, onProgress: progressLine(quiet)})
  await writeStats((parsed.values as {stats?: string}).stats)
  if (quiet) return
  if (result.skipped) { console.log(`readouts: ${out} is up to date with ${raw} (use --force to rebuild)`); return }
  const rules = Object.entries(result.rejectsByRule).map(([rule, n]) => `${rule}: ${n}`).join(', ')
  const fromCache = result.cached ? `; ${result.cached} inputs unchanged since the last build, taken from the cache` : ''
  const which = shard ? ` (shard ${shard.k}/${shard.n})` : ''
  console.log(`readouts: built ${out} from ${raw}${which}: ${result.articles} articles, ${result.rejects} rejects${rules ? ` (${rules})` : ''}${fromCache}`)
}

/** readouts merge */
async function mergeCommand(args: string[]): Promise<void> {
  const parsed = options('merge', args, {out: {type: 'string'}, excel: {type: 'boolean', default: false}}, true)
  if (!parsed) return
  const {out, excel} = parsed.values as {out?: string; excel: boolean}
  if (out === undefined || parsed.positionals.length === 0) { usageError('merge', 'give --out and the shard folders to merge'); return }
  try {
    const result = await merge({shardDirs: parsed.positionals, outDir: out, excel})
    console.log(`readouts: merged ${result.shards} shards into ${out}: ${result.articles} articles, ${result.rejects} rejects`)
  } catch (e) {
    if (!(e instanceof MergeError)) throw e
    console.error(`readouts merge: ${e.message}`)
    process.exitCode = EXIT.invalid
  }
}

/** readouts validate */
async function validateCommand(args: string[]): Promise<void> {
  const parsed = options('validate', args, {json: {type: 'boolean', default: false}}, true)
  if (!parsed) return
  if (parsed.positionals.length === 0) {
    console.error(`readouts validate: name at least one file or folder\n\n${HELP.validate}`)
    process.exitCode = EXIT.usage
    return
  }
  const result = await validateFiles(parsed.positionals)
  if ((parsed.values as {json?: boolean}).json) {
    console.log(JSON.stringify(result.problems.map(p => ({
      file: p.file, source_path: p.sourcePath, article_id: p.articleId, severity: p.message.severity,
      stage: p.message.stage, rule: p.message.rule, reason: p.message.reason, ...p.message.place,
    })), null, 2))
  } else {
    for (const p of result.problems) console.log(formatMessage(p.file, p.message))
    const invalid = result.inputs - result.valid
    console.error(`readouts validate: ${result.inputs} article input${result.inputs === 1 ? '' : 's'}: ${result.valid} valid, ${invalid} invalid`)
  }
  process.exitCode = result.valid === result.inputs ? EXIT.ok : EXIT.invalid
}

/** readouts bench */
async function benchCommand(args: string[]): Promise<void> {
  const parsed = options('bench', args, {
    sizes: {type: 'string'}, n: {type: 'string'}, 'peers-max': {type: 'string'}, report: {type: 'string', default: 'bench'},
    corpus: {type: 'string', default: '../shared/data/dev-corpus'}, concurrency: {type: 'string'}, workers: {type: 'string'},
  })
  if (!parsed) return
  const values = parsed.values as {sizes?: string; n?: string; 'peers-max'?: string; report: string; corpus: string; concurrency?: string; workers?: string}
  if (values.sizes !== undefined && values.n !== undefined) { usageError('bench', 'give --sizes or --n, not both'); return }
  const sizes = values.n !== undefined ? [positiveInt('bench', 'n', values.n, 0)] : (values.sizes ?? '1000,10000,100000').split(',').map(s => positiveInt('bench', 'sizes', s.trim(), 0))
  const peersMax = positiveInt('bench', 'peers-max', values['peers-max'], 1000, 0)
  const concurrency = positiveInt('bench', 'concurrency', values.concurrency, availableParallelism() * 2)
  const workers = positiveInt('bench', 'workers', values.workers, availableParallelism(), 0)
  if (sizes.includes(undefined) || peersMax === undefined || concurrency === undefined || workers === undefined) return
  const {bench} = await import('./bench.js')
  await bench({
    sizes: sizes as number[], peersMax, reportDir: values.report, corpus: values.corpus, concurrency, workers,
    log: line => console.log(line), note: line => console.error(line),
  })
}

/** Writes the process's peak resident memory to `file`, for bench. */
async function writeStats(file: string | undefined): Promise<void> {
  if (file) await writeTextFile(file, JSON.stringify({maxRssKb: process.resourceUsage().maxRSS}) + '\n')
}

/** readouts floor: the benchmark's floor (read raw/, write the texts as CSV); not a user command. */
async function floorCommand(args: string[]): Promise<void> {
  const parsed = options('floor', args, {raw: {type: 'string', default: 'raw'}, out: {type: 'string', default: 'floor.csv'}, stats: {type: 'string'}})
  if (!parsed) return
  const {raw, out, stats} = parsed.values as {raw: string; out: string; stats?: string}
  const {floor} = await import('./bench.js')
  await floor(raw, out, availableParallelism() * 2)
  await writeStats(stats)
}

/** readouts eval */
async function evalCommand(args: string[]): Promise<void> {
  const parsed = options('eval', args, {
    corpus: {type: 'string', default: '../shared/data/dev-corpus'},
    gold: {type: 'string', multiple: true, default: ['test/gold/entities.jsonl', 'test/gold/entities-heldout.jsonl']},
    tml: {type: 'string', multiple: true, default: ['../shared/data/tempeval3-train/TimeBank', '../shared/data/tempeval3-train/AQUAINT']},
    'interaction-gold': {type: 'string', multiple: true, default: ['test/gold/interactions.jsonl', 'test/gold/interactions-heldout.jsonl']},
    details: {type: 'boolean', default: false},
  }, true)
  if (!parsed) return
  const {corpus, gold, tml, details} = parsed.values as {corpus: string; gold: string[]; tml: string[]; details: boolean}
  const interactionGold = parsed.values['interaction-gold'] as string[]
  const [what = 'all', ...files] = parsed.positionals
  const run = await import('./eval/run-eval.js')
  if (what === 'conll') {
    if (files.length === 0) { console.error(`readouts eval conll: name at least one CoNLL-2003 file\n\n${HELP.eval}`); process.exitCode = EXIT.usage; return }
    console.log((await run.evalConll(files)).text)
    return
  }
  if (!['all', 'cleaning', 'entities', 'timexes', 'interactions'].includes(what) || files.length > 0) {
    console.error(`readouts eval: unknown evaluation "${[what, ...files].join(' ')}"\n\n${HELP.eval}`)
    process.exitCode = EXIT.usage
    return
  }
  if (what === 'all' || what === 'cleaning') {
    const report = await run.evalCleaning(corpus)
    console.log(report.text + '\n')
    if (report.failed) process.exitCode = EXIT.invalid
  }
  if (what === 'all' || what === 'entities') console.log((await run.evalEntities({gold, dirs: ['raw', corpus]})).text)
  if (what === 'all' || what === 'timexes') console.log((await run.evalTimexes(tml)).text + '\n')
  if (what === 'all' || what === 'interactions') console.log((await run.evalInteractions({gold: interactionGold, dirs: ['raw', corpus]}, details)).text)
}

/** readouts generate */
async function generateCommand(args: string[]): Promise<void> {
  if (!options('generate', args, {})) return
  const {generatedFiles} = await import('./generate.js')
  for (const [path, content] of generatedFiles(await readTextFile('README.md'))) {
    if ((await readTextFile(path).catch(() => '')) === content) continue
    await writeTextFile(path, content)
    console.log(`readouts: wrote ${path}`)
  }
}

/** Runs the command line and sets the exit code. */
async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv
  const commands: Record<string, (args: string[]) => Promise<void>> = {
    build: buildCommand, merge: mergeCommand, validate: validateCommand, eval: evalCommand, bench: benchCommand, generate: generateCommand, floor: floorCommand,
  }
  if (command === '--version' || command === '-v') { console.log(VERSION); return }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') { console.log(HELP.main); return }
  const run = commands[command]
  if (!run) {
    console.error(`readouts: unknown command "${command}"\n\n${HELP.main}`)
    process.exitCode = EXIT.usage
    return
  }
  try {
    await run(args)
  } catch (e) {
    if (!(e instanceof IoError)) throw e
    console.error(`readouts ${command}: ${e.message}`)
    process.exitCode = EXIT.io
  }
}

await main(process.argv.slice(2))
