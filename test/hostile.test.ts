// Hostile and broken inputs in one raw/: each becomes the expected reject (or a repaired article), nothing is lost,
// nothing outside raw/ is read, and the good articles around them are kept.
import {execFileSync} from 'node:child_process'
import {mkdirSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {buildInto, readCsv, tempDir} from './helpers.js'

/** The hostile raw/ folder: file name -> content. */
const FILES: Record<string, string | Buffer> = {
  'good-a.txt': ' date 2020-11-06 Chinese President Xi Jinping spoke with Peruvian President Martin Vizcarra on Thursday.',
  'utf16.txt': Buffer.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]),
  'mixed.txt': Buffer.concat([Buffer.from('Caf\u00e9 and caf', 'utf8'), Buffer.from([0xe9]), Buffer.from(' mixed.')]),
  'nul.txt': 'A NUL \u0000 byte and a bell \u0007 inside.',
  'deep.json': '['.repeat(100_000) + ']'.repeat(100_000),
  'deep.jsonl': '{"id": "good-b", "text": "Fine."}\n' + '['.repeat(100_000) + '\n' + '{"id": "good-c", "text": "Fine too."}\n',
  'proto.json': '{"id": "proto", "text": "Prototype.", "__proto__": {"polluted": true}}',
  'ctor.json': '{"id": "ctor", "text": "Constructor.", "constructor": {"prototype": {"polluted": true}}}',
  'number.json': '{"id": "number", "text": 12345}',
  'dates.jsonl': '{"id": "impossible", "text": "Bad date.", "published": "2021-02-30"}\n{"id": "not-a-date", "text": "Bad date.", "published": "yesterday"}\n'
    + '{"id": "future", "text": "Dated far ahead.", "published": "2999-01-01"}\n',
  // a record over the 8 MiB limit of one article, between two good ones
  'long-line.jsonl': `{"id": "good-d", "text": "Fine."}\n{"id": "long", "text": "${'x'.repeat(9 * 2 ** 20)}"}\n{"id": "good-e", "text": "Fine."}\n`,
  'file with spaces.txt': 'Spaces in the name.',
  '\u00e9t\u00e9-\u5317\u4eac.txt': 'A unicode name.',
  '-dash.txt': 'A leading dash.',
  'empty.txt': '   \n\n',
  'notes.docx': 'not an article',
  'sub/good-a.txt': 'The same id as good-a.',
}

describe('a build over hostile and broken inputs', () => {
  let out: string
  let articles: Record<string, string>[]
  let rejects: Record<string, string>[]
  beforeAll(async () => {
    const raw = join(tempDir(), 'raw')
    mkdirSync(join(raw, 'sub'), {recursive: true})
    for (const [name, content] of Object.entries(FILES)) writeFileSync(join(raw, name), content)
    const secret = join(tempDir(), 'secret.txt')
    writeFileSync(secret, 'A file outside raw/ that must not be read.')
    symlinkSync(secret, join(raw, 'outside.txt'))
    // a 100 MiB article (sparse: its size is what counts), and a named pipe, which a build must not block on
    writeFileSync(join(raw, 'huge.txt'), 'A runaway article.')
    truncateSync(join(raw, 'huge.txt'), 100 * 2 ** 20)
    execFileSync('mkfifo', [join(raw, 'pipe.txt')])
    out = (await buildInto(raw, 4)).out
    articles = readCsv(join(out, 'articles.csv'))
    rejects = readCsv(join(out, 'rejects.csv'))
  }, 60_000)

  it('turns every input into an article or a reject, and keeps the good articles', () => {
    // a date after today is kept as dated (readouts validate warns about it)
    expect(articles.map(a => a.article_id)).toEqual(['future', 'good-a', 'good-b', 'good-c', 'good-d', 'good-e', 'nul'])
    // 17 files, the symlink, the 100 MiB file and the pipe, with deep.jsonl, dates.jsonl and long-line.jsonl holding 3 records each
    expect(articles.length + rejects.length).toBe(26)
  })

  it.each([
    ['utf16.txt', 'utf16-encoding'], ['mixed.txt', 'invalid-utf8'], ['deep.json', 'json-too-deep'], ['deep.jsonl:2', 'json-too-deep'],
    ['proto.json', 'unknown-field'], ['ctor.json', 'unknown-field'], ['number.json', 'wrong-type'], ['dates.jsonl:1', 'invalid-date'],
    ['dates.jsonl:2', 'invalid-date'], ['file with spaces.txt', 'invalid-id'], ['\u00e9t\u00e9-\u5317\u4eac.txt', 'invalid-id'],
    ['-dash.txt', 'invalid-id'], ['empty.txt', 'empty-file'], ['notes.docx', 'unsupported-file-type'], ['sub/good-a.txt', 'duplicate-id'],
    ['outside.txt', 'symlink-not-followed'], ['huge.txt', 'article-too-large'], ['long-line.jsonl:2', 'article-too-large'],
    ['pipe.txt', 'unreadable-file'],
  ])('rejects %s as %s, with a message', (source, rule) => {
    const reject = rejects.find(r => r.source_path === source)
    expect(reject, source).toMatchObject({rule})
    expect(reject?.message?.length).toBeGreaterThan(10)
  })

  it('says how large a runaway input is, and what to do with it', () => {
    expect(rejects.find(r => r.source_path === 'huge.txt')!.message).toBe(
      'the file is 104.9 MB (104857600 bytes), above the 8 MiB limit of one article: it was not read; split it into articles')
    expect(rejects.find(r => r.source_path === 'long-line.jsonl:2')).toMatchObject({line: '2'})
  })

  it('repairs control characters instead of rejecting, reads nothing outside raw/, and pollutes no prototype', () => {
    expect(articles.find(a => a.article_id === 'nul')!.text).toBe('A NUL byte and a bell inside.')
    expect(JSON.stringify(articles)).not.toContain('must not be read')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
