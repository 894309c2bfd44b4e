/** Writing out/: files in a staging folder, committed by swapping one symbolic link, under a lock. */
import {createHash, randomBytes} from 'node:crypto'
import {lstat, mkdir, open, readdir, readFile, readlink, rename, rm, symlink, writeFile, type FileHandle} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import type {ByteSink} from '../writers/sink.js'
import {IoError} from './raw.js'

/**
 * Where the builds of an output folder live: `<parent>/.<name>.builds/`, beside it, so that the commit
 * is one rename on one filesystem. `out` itself is a symbolic link to the current build in there.
 */
export interface OutputPlace {
  out: string
  builds: string
  lock: string
  state: string
}

/** The places that belong to the output folder `out`. */
export function outputPlace(out: string): OutputPlace {
  const builds = join(dirname(out), `.${basename(out)}.builds`)
  return {out, builds, lock: join(builds, 'lock'), state: join(builds, 'state.json')}
}

/** A sink that writes a file chunk by chunk and hashes what it writes. */
export async function fileSink(path: string): Promise<ByteSink> {
  let handle: FileHandle
  try {
    handle = await open(path, 'w')
  } catch (e) {
    throw new IoError(`cannot write ${path}: ${(e as Error).message}`)
  }
  const hash = createHash('sha256')
  let bytes = 0
  let aborted = false
  return {
    async write(chunk) {
      const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      if (data.length === 0 || aborted) return
      hash.update(data)
      bytes += data.length
      await handle.write(data)
    },
    async close() {
      await handle.sync()
      await handle.close()
      return {bytes, sha256: hash.digest('hex')}
    },
    async abort() {
      if (aborted) return
      aborted = true
      await handle.close().catch(() => undefined)
    },
  }
}

/** Whether a process with this pid is alive on this machine. */
function isAlive(pid: number): boolean {
  try { process.kill(pid, 0); return true } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM' }
}

/** Takes the output folder's lock, or fails with a clear message when another live build holds it. */
export async function acquireLock(place: OutputPlace): Promise<() => Promise<void>> {
  await mkdir(place.builds, {recursive: true}).catch(e => { throw new IoError(`cannot create ${place.builds}: ${e.message}`) })
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(place.lock, 'wx')
      await handle.write(`${process.pid}\n`)
      await handle.close()
      return () => rm(place.lock, {force: true})
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new IoError(`cannot create ${place.lock}: ${(e as Error).message}`)
      const pid = Number((await readFile(place.lock, 'utf8').catch(() => '')).trim())
      if (pid && isAlive(pid) && pid !== process.pid) {
        throw new IoError(`another readouts build (pid ${pid}) is writing ${place.out}; wait for it to finish, or delete ${place.lock} if no build is running`)
      }
      // the build that held the lock is gone: take the lock over
      await rm(place.lock, {force: true})
    }
  }
  throw new IoError(`cannot take the lock ${place.lock}`)
}

/** A fresh staging folder for a new build; staging folders of crashed builds are removed first (under the lock). */
export async function createStaging(place: OutputPlace): Promise<string> {
  for (const name of await readdir(place.builds)) {
    if (name.startsWith('staging-') || name.startsWith('link-')) await rm(join(place.builds, name), {recursive: true, force: true})
  }
  const staging = join(place.builds, `staging-${process.pid}-${randomBytes(4).toString('hex')}`)
  await mkdir(staging)
  return staging
}

/** Writes a whole small file into the staging folder. */
export async function writeStagedFile(staging: string, name: string, content: string): Promise<void> {
  await writeFile(join(staging, name), content)
}

/** The build a symbolic link `out` points to (its folder name), or undefined. */
async function currentBuild(place: OutputPlace): Promise<string | undefined> {
  const target = await readlink(place.out).catch(() => undefined)
  return target === undefined ? undefined : basename(target)
}

/** Whether `out` is a real folder holding only what a build writes (left by an older layout), or empty. */
async function isOldOutputFolder(out: string, files: ReadonlySet<string>): Promise<boolean> {
  const names = await readdir(out)
  return names.every(name => files.has(name) || name === '.gitkeep')
}

/**
 * Commits a finished staging folder: it becomes `<builds>/<id>`, and `out` becomes a link to it in one
 * rename, so `out` is always the complete previous build or the complete new one. Older builds are removed.
 */
export async function commitStaging(place: OutputPlace, staging: string, id: string, outputFiles: ReadonlySet<string>): Promise<void> {
  const final = join(place.builds, id)
  if (await lstat(final).then(() => true, () => false)) await rm(staging, {recursive: true, force: true})
  else await rename(staging, final)
  const existing = await lstat(place.out).catch(() => undefined)
  if (existing?.isDirectory()) {
    if (!(await isOldOutputFolder(place.out, outputFiles))) {
      throw new IoError(`${place.out} is a folder with files readouts did not write; move them away or choose another --out`)
    }
    await rename(place.out, join(place.builds, `old-${randomBytes(4).toString('hex')}`))
  } else if (existing && !existing.isSymbolicLink()) {
    throw new IoError(`${place.out} exists and is not a folder; remove it or choose another --out`)
  }
  const link = join(place.builds, `link-${randomBytes(4).toString('hex')}`)
  await symlink(join(basename(place.builds), id), link)
  await rename(link, place.out)
  for (const name of await readdir(place.builds)) {
    if (name !== id && name !== basename(place.lock) && name !== basename(place.state)) await rm(join(place.builds, name), {recursive: true, force: true})
  }
}

/** The fingerprint of the inputs the current build was made from, if `out` still points to that build. */
export async function readBuildState(place: OutputPlace): Promise<string | undefined> {
  const state = await readFile(place.state, 'utf8').then(s => JSON.parse(s) as {fingerprint: string; build: string}, () => undefined)
  if (!state) return undefined
  if ((await currentBuild(place)) !== state.build) return undefined
  const complete = await lstat(join(place.builds, state.build, 'build.json')).then(() => true, () => false)
  return complete ? state.fingerprint : undefined
}

/** Records which inputs the current build was made from, so an unchanged `make` does nothing. */
export async function writeBuildState(place: OutputPlace, fingerprint: string, build: string): Promise<void> {
  const tmp = `${place.state}.${process.pid}`
  await writeFile(tmp, JSON.stringify({fingerprint, build}) + '\n')
  await rename(tmp, place.state)
}

/** Versions of the installed packages that shape the output, read from their package.json files. */
export async function readToolVersions(packages: readonly string[], from: string): Promise<Record<string, string>> {
  const versions: Record<string, string> = {}
  for (const name of packages) {
    let dir = from
    for (;;) {
      const found = await readFile(join(dir, 'node_modules', name, 'package.json'), 'utf8').then(s => JSON.parse(s).version as string, () => undefined)
      if (found) { versions[name] = found; break }
      const up = dirname(dir)
      if (up === dir) { versions[name] = 'unknown'; break }
      dir = up
    }
  }
  return versions
}

/** Reads a UTF-8 text file of the project. */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (e) {
    throw new IoError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)
  }
}

/** Writes a UTF-8 text file whole: to a temporary name, then renamed over the old one. */
export async function writeTextFile(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), {recursive: true})
  const tmp = `${path}.${process.pid}.tmp`
  await writeFile(tmp, content)
  await rename(tmp, path)
}
