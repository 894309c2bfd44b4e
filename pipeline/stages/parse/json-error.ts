/** JSON errors in words a person reads: what is wrong, and the line and column it is at. */
import {visit} from 'jsonc-parser'

/** Where a JSON text first fails to parse (1-based line and column in characters), or undefined if it parses. */
export function jsonErrorPlace(text: string): {line: number; column: number} | undefined {
  let place: {line: number; column: number} | undefined
  visit(text, {
    onError: (_code, offset, _length, startLine, startCharacter) => {
      if (place) return
      const lineStart = offset - startCharacter
      place = {line: startLine + 1, column: [...text.slice(lineStart, offset)].length + 1}
    },
  }, {disallowComments: true, allowTrailingComma: false})
  return place
}

/**
 * Why JSON.parse rejected `text`, without V8's position wording or its echo of the input.
 * @example jsonErrorReason('{"a" 1}') // 'not valid JSON: Expected \':\' after property name'
 */
export function jsonErrorReason(text: string): string {
  try {
    JSON.parse(text)
    return 'not valid JSON'
  } catch (e) {
    const detail = (e as Error).message
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
    return `not valid JSON: ${detail}`
  }
}
