// The command line as a user runs it: the bundled dist/readouts.mjs, in a child process.
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {fixtureRaw, ROOT, tempDir} from './helpers.js'

/** Runs `readouts ...args`; returns its exit code and output. */
function readouts(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'dist/readouts.mjs'), ...args], {encoding: 'utf8', cwd: ROOT})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('readouts validate FILE...', () => {
  it('exits 0 and reports nothing wrong for good articles', () => {
    const result = readouts('validate', 'raw', fixtureRaw('ok-jsonl'))
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/8 article inputs: 8 valid, 0 invalid/)
  })

  it('exits 1 with one line per problem: path:line: pointer: reason  stage:rule', () => {
    const file = join(fixtureRaw('not-ok-impossible-date'), 'records.jsonl')
    const result = readouts('validate', file)
    expect(result.status).toBe(1)
    expect(result.stdout).toBe(`${file}:2: /published: must be a real calendar date YYYY-MM-DD (got "2021-02-30")  validate:invalid-date\n`)
  })

  it('warns about a published date after today, and still exits 0: the article is valid', () => {
    const file = join(tempDir(), 'future.jsonl')
    writeFileSync(file, '{"id": "future", "text": "Dated far ahead.", "published": "2999-01-01"}\n')
    const result = readouts('validate', file)
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/future\.jsonl:1: warning: \/published: 2999-01-01 is after today \(\d{4}-\d\d-\d\d\).*validate:future-date/)
  })

  it('prints machine-readable problems with --json', () => {
    const result = readouts('validate', '--json', fixtureRaw('not-ok-jsonl-bad-line'))
    expect(result.status).toBe(1)
    expect(JSON.parse(result.stdout).map((p: {rule: string; line: number}) => [p.rule, p.line])).toEqual([['invalid-json', 2], ['not-an-object', 4]])
  })

  it('exits 2 with usage when given no file, and 3 when a file does not exist', () => {
    expect(readouts('validate').status).toBe(2)
    const missing = readouts('validate', 'no/such/file.jsonl')
    expect(missing.status).toBe(3)
    expect(missing.stderr).toMatch(/no\/such\/file.jsonl: no such file or folder/)
  })
})

describe('readouts build', () => {
  it('builds, then does nothing when nothing changed, then rebuilds when raw/ changes', () => {
    const dir = tempDir()
    const raw = join(dir, 'raw')
    const out = join(dir, 'out')
    spawnSync('cp', ['-r', fixtureRaw('ok-txt'), raw])
    expect(readouts('build', '--raw', raw, '--out', out).stdout).toMatch(/built .* 4 articles, 0 rejects/)
    const mtime = statSync(join(out, 'articles.csv')).mtimeMs
    expect(readouts('build', '--raw', raw, '--out', out).stdout).toMatch(/is up to date/)
    expect(statSync(join(out, 'articles.csv')).mtimeMs).toBe(mtime)
    writeFileSync(join(raw, 'e.txt'), 'A fifth article.')
    expect(readouts('build', '--raw', raw, '--out', out).stdout).toMatch(/5 articles/)
    expect(readFileSync(join(out, 'articles.csv'), 'utf8')).toContain('A fifth article.')
  })

  it('counts the themes of --themes FILE, rebuilds when the file changes, and stops with exit code 2 on a bad one', () => {
    const dir = tempDir()
    const out = join(dir, 'out')
    const themes = join(dir, 'themes.json')
    writeFileSync(themes, JSON.stringify({themes: [{id: 'phones', phrases: ['phone', 'telephone conversation']}]}))
    expect(readouts('build', '--raw', 'raw', '--out', out, '--themes', themes).status).toBe(0)
    expect(readFileSync(join(out, 'themes.csv'), 'utf8').split('\n').filter(Boolean).map(l => l.split(',').slice(0, 3).join(','))).toEqual([
      'article_id,theme,hits', '000_05df10e74c9121d6,phones,1', '001_5e7f0fa01c544176,phones,1', '003_643ae1bfe47be350,phones,2', '004_dd8dd39acc5365f4,phones,1'])
    writeFileSync(themes, JSON.stringify({themes: [{id: 'calls', phrases: ['call']}]}))
    expect(readouts('build', '--raw', 'raw', '--out', out, '--themes', themes).stdout).toMatch(/built/)
    writeFileSync(themes, JSON.stringify({themes: [{id: 'calls', phrases: 'call'}]}))
    const bad = readouts('build', '--raw', 'raw', '--out', out, '--themes', themes)
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain(`${themes}: /themes/0/phrases: must be array  themes:schema-violation`)
    expect(readFileSync(join(out, 'themes.csv'), 'utf8')).toMatch(/,calls,/)
  })

  it('rebuilds after one new article from the article cache, byte-identical to a build without it', () => {
    const dir = tempDir()
    const raw = join(dir, 'raw')
    spawnSync('cp', ['-r', join(ROOT, 'raw'), raw])
    expect(readouts('build', '--raw', raw, '--out', join(dir, 'out')).stdout).not.toMatch(/from the cache/)
    writeFileSync(join(raw, 'new.txt'), ' date 2021-02-01 Chinese President Xi Jinping met Russian President Vladimir Putin on Friday.')
    expect(readouts('build', '--raw', raw, '--out', join(dir, 'out')).stdout).toMatch(/6 articles, 0 rejects; 5 inputs unchanged since the last build, taken from the cache/)
    expect(readouts('build', '--raw', raw, '--out', join(dir, 'clean'), '--no-cache').stdout).not.toMatch(/from the cache/)
    for (const name of readdirSync(join(dir, 'clean'))) {
      expect(readFileSync(join(dir, 'out', name)).equals(readFileSync(join(dir, 'clean', name))), name).toBe(true)
    }
    expect(readdirSync(join(dir, 'out'))).not.toContain('.out.cache')
  })

  it('rejects a bad option value with usage and exit code 2', () => {
    const result = readouts('build', '--concurrency', 'zero')
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/--concurrency must be a positive whole number/)
  })

  it('has help for every command', () => {
    for (const command of ['build', 'validate', 'bench', 'generate']) {
      const result = readouts(command, '--help')
      expect(result.status, command).toBe(0)
      expect(result.stdout).toMatch(new RegExp(`^Usage: readouts ${command}`))
    }
    expect(readouts('--help').stdout).toMatch(/Commands:/)
    expect(readouts('frobnicate').status).toBe(2)
  })
})
