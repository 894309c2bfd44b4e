/**
 * Token patterns: a small language for temporal expressions, compiled to regular expressions over a string with one
 * symbol per token (as TokensRegex does). `the? (last|past) n={number}+ u={unit}`: words match tokens (case-blind,
 * except the cased words of the lexicon), `{class}` any word of a class, `( | )` alternatives, `? * +` repeats,
 * `name=` a capture.
 */
import type {Token} from '../../text/tokens.js'

/** Symbols of token shapes, and of what no pattern names. */
const SHAPES = {
  digits2: '\uF000', digits4: '\uF001', digitsN: '\uF002', decadeDigits: '\uF003', ordinalDigits: '\uF004',
  other: '\uF005', sentenceBreak: '\uF006',
} as const

/** The registry of word symbols: each word a pattern names gets one private-use character. */
const symbols = new Map<string, string>()
/** Case variants of each word, and the symbol they map to. */
const variants = new Map<string, string>()
/** Words of a class, by class name. */
const classes = new Map<string, string[]>()
/** Shape symbols a class also holds. */
const classShapes = new Map<string, string[]>()

/** The symbol of a word (a new one if the word is new). A new capitalized word is cased: only its capitalized forms match. */
function symbolOf(word: string): string {
  // a known word, or a spelling of one ("Sunday" of "sunday"), keeps its symbol
  let symbol = symbols.get(word) ?? variants.get(word)
  if (symbol) return symbol
  symbol = String.fromCharCode(0xe000 + symbols.size)
  symbols.set(word, symbol)
  const cased = /^\p{Lu}/u.test(word)
  const forms = cased ? [word, word.toUpperCase()] : [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()]
  for (const form of forms) if (!variants.has(form) || form === word) variants.set(form, symbol)
  return symbol
}

/** Declares a class of words (and token shapes) patterns can name as `{name}`. */
export function defineClass(name: string, words: readonly string[], shapes: ReadonlyArray<keyof typeof SHAPES> = []): void {
  classes.set(name, [...(classes.get(name) ?? []), ...words])
  classShapes.set(name, [...(classShapes.get(name) ?? []), ...shapes.map(s => SHAPES[s])])
  for (const word of words) symbolOf(word)
}

/** The symbol of a token: its word's, its shape's, or "other". */
function tokenSymbol(token: Token): string {
  const symbol = variants.get(token.key)
  if (symbol) return symbol
  const first = token.text.charCodeAt(0)
  if (first < 0x30 || first > 0x39) return SHAPES.other
  const text = token.text
  let digits = 0
  while (digits < text.length && text.charCodeAt(digits) >= 0x30 && text.charCodeAt(digits) <= 0x39) digits++
  if (digits === text.length) return digits <= 2 ? SHAPES.digits2 : digits === 4 ? SHAPES.digits4 : SHAPES.digitsN
  const suffix = text.slice(digits).toLowerCase()
  if (suffix === 's' && (digits === 2 || digits === 4)) return SHAPES.decadeDigits
  if ((suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') && digits <= 2) return SHAPES.ordinalDigits
  return SHAPES.other
}

/** The symbol string of a text's tokens (a break between sentences) and, per symbol, its token index (-1 for a break). */
export function symbolize(tokens: readonly Token[]): {symbols: string; tokenAt: Int32Array} {
  const parts: string[] = []
  const tokenAt = new Int32Array(tokens.length * 2 + 1)
  let n = 0
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i]!.sentence !== tokens[i - 1]!.sentence) { parts.push(SHAPES.sentenceBreak); tokenAt[n++] = -1 }
    parts.push(tokenSymbol(tokens[i]!))
    tokenAt[n++] = i
  }
  return {symbols: parts.join(''), tokenAt: tokenAt.subarray(0, n)}
}

/** The most times a pattern's `*` or `+` repeats an item. */
const MAX_REPEAT = 8

/** Escapes a symbol for a character class or a sequence. */
function escape(symbol: string): string {
  return symbol.replace(/[\\\]\[^-]/g, '\\$&')
}

/**
 * Compiles a token pattern to a regular expression source over symbols.
 * @example compilePattern('the? {month}') // '(?:\uE000)?[\uE001...]'
 */
export function compilePattern(pattern: string): string {
  let at = 0
  const peek = () => pattern[at]
  const skipSpace = () => { while (at < pattern.length && /\s/.test(pattern[at]!)) at++ }
  const fail = (why: string): never => { throw new Error(`token pattern "${pattern}": ${why} at ${at}`) }
  const alternatives = (): string => {
    const options = [sequence()]
    while (peek() === '|') { at++; options.push(sequence()) }
    return options.length > 1 ? `(?:${options.join('|')})` : options[0]!
  }
  const sequence = (): string => {
    let out = ''
    for (skipSpace(); at < pattern.length && peek() !== '|' && peek() !== ')'; skipSpace()) out += item()
    return out
  }
  const item = (): string => {
    const name = /^([a-zA-Z][a-zA-Z0-9]*)=/.exec(pattern.slice(at))
    if (name) at += name[0].length
    let atom: string
    if (peek() === '(') {
      at++
      atom = alternatives()
      if (peek() !== ')') fail('expected )')
      at++
      // always a group of its own, so a quantifier after it applies to all of it ("((- x)+)?" is not "(?:- x)+?")
      atom = `(?:${atom})`
    } else if (peek() === '{') {
      const end = pattern.indexOf('}', at)
      if (end < 0) fail('expected }')
      const className = pattern.slice(at + 1, end)
      const words = classes.get(className)
      if (!words) fail(`unknown class {${className}}`)
      at = end + 1
      atom = `[${[...new Set([...words!.map(symbolOf), ...classShapes.get(className)!])].map(escape).join('')}]`
    } else {
      const literal = /^[^\s(){}|?*+=]+|^=/.exec(pattern.slice(at))
      if (!literal) fail('expected a word')
      at += literal![0].length
      atom = escape(symbolOf(literal![0]))
    }
    // repeats are bounded: no temporal expression repeats an item more than MAX_REPEAT times, and a bound keeps
    // every match attempt constant-time, so a text of a thousand numbers in a row is matched in linear time
    const repeat = peek() === '?' || peek() === '*' || peek() === '+' ? pattern[at++]! : ''
    const quantifier = repeat === '*' ? `{0,${MAX_REPEAT}}` : repeat === '+' ? `{1,${MAX_REPEAT}}` : repeat
    const quantified = quantifier ? `${atom.length > 1 && !atom.startsWith('[') && !atom.startsWith('(') ? `(?:${atom})` : atom}${quantifier}` : atom
    return name ? `(?<${name[1]}>${quantified})` : quantified
  }
  const source = alternatives()
  if (at < pattern.length) fail('unexpected )')
  return source
}
