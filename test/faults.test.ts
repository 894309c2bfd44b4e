// Fault injection: builds killed with SIGKILL at random moments never leave a half-written out/, and the next
// build finishes cleanly (a stale lock and staging folder are taken over).
import {spawn, spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT, tempDir} from './helpers.js'

const CLI = join(ROOT, 'dist/readouts.mjs')

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

/** Starts `readouts build` and kills it with SIGKILL after `ms` (if it is still running); resolves when it is gone. */
function buildKilledAfter(raw: string, out: string, ms: number): Promise<void> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [CLI, 'build', '--raw', raw, '--out', out, '--force', '--quiet'], {stdio: 'ignore'})
    const timer = setTimeout(() => child.kill('SIGKILL'), ms)
    child.on('exit', () => { clearTimeout(timer); resolve() })
  })
}

describe('a build killed at random moments', () => {
  it('leaves out/ as the complete previous or the complete new build, 20 times, and the next build finishes', async () => {
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
    const before = filesOf(join(dir, 'before'))
    const after = filesOf(join(dir, 'after'))
    const out = join(dir, 'out')
    expect(build(small, out).status).toBe(0)
    const next = random(20261123)
    for (let run = 0; run < 20; run++) {
      await buildKilledAfter(large, out, Math.floor(next() * duration * 1.1))
      const now = filesOf(out)
      const state = JSON.stringify(now) === JSON.stringify(before) ? 'before' : JSON.stringify(now) === JSON.stringify(after) ? 'after' : 'torn'
      expect(state, `run ${run}`).not.toBe('torn')
    }
    // the next build takes over a stale lock and staging folder and finishes with the new dataset
    const last = spawnSync(process.execPath, [CLI, 'build', '--raw', large, '--out', out, '--force'], {encoding: 'utf8'})
    expect(last.status, last.stderr).toBe(0)
    expect(filesOf(out)).toEqual(after)
    expect(readdirSync(join(dir, '.out.builds')).filter(name => name.startsWith('staging-') || name === 'lock')).toEqual([])
  }, 240_000)
})
