// Fault injection: builds killed with SIGKILL at random moments never leave a half-written out/, and the next
// build finishes cleanly (a stale lock and staging folder are taken over); two builds at once do not corrupt out/.
// READOUTS_LONG_TESTS=1 (set by .ci/run) kills 100 builds instead of 20.
import {spawn, spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT, tempDir} from './helpers.js'

const CLI = join(ROOT, 'dist/readouts.mjs')
const KILLS = process.env.READOUTS_LONG_TESTS ? 100 : 20

/** Every file of a build folder, by name, as text (out/ is a link to it). */
function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map(name => [name, readFileSync(join(dir, name), 'latin1')]))
}

/** A deterministic pseudo-random sequence in [0, 1) (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Starts `readouts build`, killing it with SIGKILL after `ms` if given; resolves with its exit code and stderr when it is gone. */
function buildInChild(raw: string, out: string, ms?: number): Promise<{code: number | null; stderr: string}> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [CLI, 'build', '--raw', raw, '--out', out, '--force', '--quiet'], {stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
    const timer = ms === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), ms)
    child.on('exit', code => { clearTimeout(timer); resolve({code, stderr}) })
  })
}

/** A small and a large raw/ (the seeds, and 20 copies of them), each built once into its own out/ for reference. */
function corpora() {
  const dir = tempDir()
  const small = join(dir, 'small')
  const large = join(dir, 'large')
  mkdirSync(small)
  mkdirSync(large)
  const seeds = readdirSync(join(ROOT, 'raw'))
  for (const name of seeds) writeFileSync(join(small, name), readFileSync(join(ROOT, 'raw', name)))
  for (let copy = 0; copy < 20; copy++) for (const name of seeds) writeFileSync(join(large, `c${copy}-${name}`), readFileSync(join(ROOT, 'raw', name)))
  const build = (raw: string, out: string) => spawnSync(process.execPath, [CLI, 'build', '--raw', raw, '--out', out, '--force', '--quiet'])
  expect(build(small, join(dir, 'before')).status).toBe(0)
  const started = Date.now()
  expect(build(large, join(dir, 'after')).status).toBe(0)
  const duration = Date.now() - started
  const out = join(dir, 'out')
  expect(build(small, out).status).toBe(0)
  return {dir, small, large, out, duration, before: filesOf(join(dir, 'before')), after: filesOf(join(dir, 'after'))}
}

describe('a build killed at random moments', () => {
  it(`leaves out/ as the complete previous or the complete new build, ${KILLS} times, and the next build finishes`, async () => {
    const {dir, large, out, duration, before, after} = corpora()
    const next = random(20261123)
    for (let run = 0; run < KILLS; run++) {
      await buildInChild(large, out, Math.floor(next() * duration * 1.1))
      const now = filesOf(out)
      const state = JSON.stringify(now) === JSON.stringify(before) ? 'before' : JSON.stringify(now) === JSON.stringify(after) ? 'after' : 'torn'
      expect(state, `run ${run}`).not.toBe('torn')
    }
    // the next build takes over a stale lock and staging folder and finishes with the new dataset
    const last = spawnSync(process.execPath, [CLI, 'build', '--raw', large, '--out', out, '--force'], {encoding: 'utf8'})
    expect(last.status, last.stderr).toBe(0)
    expect(filesOf(out)).toEqual(after)
    expect(readdirSync(join(dir, '.out.builds')).filter(name => name.startsWith('staging-') || name === 'lock')).toEqual([])
  }, KILLS * 12_000)

  it('lets one of two builds started at once write out/; the other stops with a clear message, or waits its turn', async () => {
    const {out, large, after} = corpora()
    const results = await Promise.all([buildInChild(large, out), buildInChild(large, out)])
    for (const {code, stderr} of results) {
      expect(code === 0 || (code === 3 && /another readouts build \(pid \d+\) is writing/.test(stderr)), stderr).toBe(true)
    }
    expect(results.some(r => r.code === 0)).toBe(true)
    expect(filesOf(out)).toEqual(after)
  }, 120_000)
})
