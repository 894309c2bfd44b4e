import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {forEachLine} from '../../pipeline/io/raw.js'
import {tempDir} from '../helpers.js'

/** The lines forEachLine reports for `content`: [line, start, end, text or null when too long]. */
async function linesOf(content: string | Buffer, maxLineBytes?: number): Promise<Array<[number, number, number, string | null]>> {
  const file = join(tempDir(), 'lines.jsonl')
  writeFileSync(file, content)
  const lines: Array<[number, number, number, string | null]> = []
  await forEachLine(file, (line, start, end, bytes) => lines.push([line, start, end, bytes ? Buffer.from(bytes).toString() : null]), maxLineBytes)
  return lines
}

describe('forEachLine(file, onLine, maxLineBytes)', () => {
  it('reports non-blank lines with their numbers and byte ranges, without line ends', async () => {
    expect(await linesOf('a\r\n\n  \t\r\nbé\nlast')).toEqual([[1, 0, 1, 'a'], [4, 9, 12, 'bé'], [5, 13, 17, 'last']])
  })

  it('reads lines across 1 MiB chunks, and reports a line over the limit by its range only', async () => {
    const long = 'x'.repeat(3 * (1 << 20) + 5)
    const lines = await linesOf(`${long}\nok\n${long}\r\n`, 2 << 20)
    expect(lines).toEqual([[1, 0, long.length, null], [2, long.length + 1, long.length + 3, 'ok'], [3, long.length + 4, 2 * long.length + 4, null]])
    expect((await linesOf(`${long}\nok`))[0]![3]).toBe(long)
  })
})
