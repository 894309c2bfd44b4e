/** The validate stage: the parsed record against schemas/raw-article.schema.json, every error in words. */
import type {ErrorObject} from 'ajv'
import rawArticleSchema from '../../schemas/raw-article.schema.json' with {type: 'json'}
import {createAjv} from '../ajv.js'
import {message, type Article, type Message} from '../article.js'

/** The rules of the validate stage. */
export const validateRules = {
  'missing-field': 'A required field (id or text) is missing.',
  'unknown-field': 'A field the contract does not define (a typo such as "titel" would otherwise drop data).',
  'wrong-type': 'A field of the wrong JSON type (a number where a string belongs).',
  'invalid-id': 'An id that is not 1-200 ASCII letters, digits, ".", "_" or "-" starting with a letter or digit.',
  'empty-text': 'A text with no visible characters.',
  'invalid-date': 'A published date that is not a real calendar date YYYY-MM-DD (2021-02-30 is not).',
  'future-date': 'A warning of `readouts validate` only: a published date after the day it runs (a scraper clock or a typo). The build keeps such articles and does not warn, so that its output does not depend on the day it runs.',
  'invalid-url': 'A url that is not an absolute URI.',
  'invalid-language': 'A language that is not a BCP 47 tag such as en or en-GB.',
  'schema-violation': 'Any other violation of the raw-article schema.',
} as const

const validateRecord = createAjv().compile(rawArticleSchema)
const FIELDS = Object.keys(rawArticleSchema.properties)

/** The value at a JSON Pointer of `record`, shown short for a message. */
function shown(record: Record<string, unknown>, pointer: string): string {
  const key = pointer.slice(1).replace(/~1/g, '/').replace(/~0/g, '~')
  const value = Object.hasOwn(record, key) ? record[key] : undefined
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

/** The type of a JSON value in the words of JSON Schema. */
function jsonType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' ? 'number' : typeof value
}

/** One ajv error as a rule, a pointer and a reason a person understands. */
function describe(error: ErrorObject, record: Record<string, unknown>): {rule: keyof typeof validateRules; pointer: string; reason: string} {
  const pointer = error.instancePath
  const key = pointer.slice(1)
  const got = `(got ${shown(record, pointer)})`
  switch (error.keyword) {
    case 'required': {
      const field = (error.params as {missingProperty: string}).missingProperty
      return {rule: 'missing-field', pointer: `/${field}`, reason: `missing required field "${field}"`}
    }
    case 'additionalProperties': {
      const field = (error.params as {additionalProperty: string}).additionalProperty
      return {rule: 'unknown-field', pointer: `/${field.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        reason: `unknown field "${field}" (the fields are ${FIELDS.join(', ')})`}
    }
    case 'type':
      return {rule: 'wrong-type', pointer, reason: `must be a string, not a ${jsonType(record[key])} ${got}`}
    case 'format':
      return key === 'published'
        ? {rule: 'invalid-date', pointer, reason: `must be a real calendar date YYYY-MM-DD ${got}`}
        : {rule: 'invalid-url', pointer, reason: `must be an absolute URI such as https://example.org/a ${got}`}
    case 'pattern':
      if (key === 'id') return {rule: 'invalid-id', pointer, reason: `must be 1-200 ASCII letters, digits, ".", "_" or "-", starting with a letter or digit ${got}`}
      if (key === 'text') return {rule: 'empty-text', pointer, reason: 'must not be empty or only whitespace'}
      if (key === 'language') return {rule: 'invalid-language', pointer, reason: `must be a BCP 47 language tag such as en or en-GB ${got}`}
  }
  return {rule: 'schema-violation', pointer, reason: `${error.message ?? 'violates the schema'} ${got}`}
}

/** Where a problem with a field is, for the input's kind: a .txt file's id is its name, its date is line 1. */
function placeOf(article: Article, pointer: string): Message['place'] {
  const {format, line} = article.input
  if (format === 'txt') return pointer === '/published' ? {pointer, line: 1} : pointer === '/id' ? undefined : {pointer}
  return line === undefined ? {pointer} : {pointer, line}
}

/** The extra fields of a message that has `place`, if any. */
function withPlace(place: Message['place']): {place?: NonNullable<Message['place']>} {
  return place ? {place} : {}
}

/** The validate stage: checks the record, sets the article id, and turns every schema error into a message. */
export function validate(article: Article): Article {
  const record = article.record ?? {}
  if (typeof record.id === 'string' && record.id !== '') article.id = record.id
  for (const key of FIELDS) if (record[key] === null) delete record[key]
  if (validateRecord(record)) return article
  const seen = new Set<string>()
  for (const error of validateRecord.errors ?? []) {
    // a nullable field's failed type check also reports the failed `null` branch: keep the first
    const {rule, pointer, reason} = describe(error, record)
    if (seen.has(pointer + rule)) continue
    seen.add(pointer + rule)
    const txtId = article.input.format === 'txt' && pointer === '/id'
    article.messages.push(message('error', 'validate', rule,
      txtId ? `the file name gives the id "${String(record.id)}", which is not valid: ${reason.replace(/ \(got .*\)$/, '')}` : reason,
      withPlace(placeOf(article, pointer))))
  }
  return article
}
