/** The corpora of `readouts bench`: the largest written once, each smaller one its first N files, hard-linked. */
import {link, mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {listRaw} from './io/raw.js'

/** One generated corpus: its folder, its number of articles and its bytes of raw text. */
export interface BenchCorpus {
  dir: string
  articles: number
  bytes: number
}

/** The name of generated article `i` of a corpus of at most `largest` articles (zero-padded, so path order is index order). */
function articleName(i: number, largest: number): string {
  return `bench-${String(i).padStart(String(largest).length, '0')}.txt`
}

/**
 * Writes a corpus for each size into `workDir` (`corpus-N/`) by repeating the .txt articles of `sourceDir`
 * under new ids: the largest is written, each smaller one holds hard links to its first N files. Ascending order.
 */
export async function generateCorpora(sourceDir: string, sizes: readonly number[], workDir: string): Promise<BenchCorpus[]> {
  const files = (await listRaw(sourceDir)).filter(f => f.kind === 'file' && f.path.endsWith('.txt'))
  if (files.length === 0) throw new Error(`no .txt articles in ${sourceDir}`)
  const texts = await Promise.all(files.map(f => readFile(f.abs)))
  const ascending = [...new Set(sizes)].sort((a, b) => a - b)
  const largest = ascending.at(-1)!
  const largestDir = join(workDir, `corpus-${largest}`)
  await mkdir(largestDir, {recursive: true})
  // bytes of the first i articles, so each prefix knows its size
  const bytesBefore = new Float64Array(largest + 1)
  for (let i = 0; i < largest; i += 256) {
    const batch = Array.from({length: Math.min(256, largest - i)}, (_, k) => i + k)
    await Promise.all(batch.map(index => {
      const text = texts[index % texts.length]!
      bytesBefore[index + 1] = text.length
      return writeFile(join(largestDir, articleName(index, largest)), text)
    }))
  }
  for (let i = 1; i <= largest; i++) bytesBefore[i] = bytesBefore[i]! + bytesBefore[i - 1]!
  const corpora: BenchCorpus[] = []
  for (const size of ascending) {
    const dir = join(workDir, `corpus-${size}`)
    if (size !== largest) {
      await mkdir(dir, {recursive: true})
      for (let i = 0; i < size; i += 256) {
        const batch = Array.from({length: Math.min(256, size - i)}, (_, k) => articleName(i + k, largest))
        await Promise.all(batch.map(name => link(join(largestDir, name), join(dir, name))))
      }
    }
    corpora.push({dir, articles: size, bytes: bytesBefore[size]!})
  }
  return corpora
}
