/** A trie over token sequences: phrases of a gazetteer, matched longest-first in one pass over the tokens. */
import type {Token} from '../../text/tokens.js'

/** A node: the entries of the phrase that ends here, and the tokens that continue it. */
interface Node<E> {
  next: Map<string, Node<E>>
  entries: E[]
}

/** The spellings of a phrase a case-blind trie accepts: each word in lower case or capitalized ("Foreign minister"). */
function caseVariants(tokens: readonly string[]): string[][] {
  let variants: string[][] = [[]]
  for (const token of tokens) {
    const lower = token.toLowerCase()
    const forms = [...new Set([lower, lower.charAt(0).toUpperCase() + lower.slice(1)])]
    variants = variants.flatMap(v => forms.map(f => [...v, f]))
  }
  return variants
}

/**
 * A token trie of entries of type E. With `fold`, a phrase also matches with any of its words capitalized or in
 * lower case ("foreign minister", "Foreign Minister"): spellings are added, so lookups never change case.
 */
export class TokenTrie<E> {
  private readonly root: Node<E> = {next: new Map(), entries: []}

  constructor(private readonly fold = false) {}

  /** Adds `entry` under the phrase made of `tokens` (a phrase may hold several entries). */
  add(tokens: readonly string[], entry: E): void {
    if (tokens.length === 0) return
    for (const spelling of this.fold ? caseVariants(tokens) : [tokens]) {
      let node = this.root
      for (const token of spelling) {
        let next = node.next.get(token)
        if (!next) { next = {next: new Map(), entries: []}; node.next.set(token, next) }
        node = next
      }
      if (!node.entries.includes(entry)) node.entries.push(entry)
    }
  }

  /** Whether some phrase starts with this token key (a quick test before `longest`). */
  startsWith(key: string): boolean {
    return this.root.next.has(key)
  }

  /**
   * The longest phrase starting at token `at`, as [end token index (exclusive), entries], or undefined.
   * An all-capitals token also matches its capitalized form ("CHINA has warned").
   */
  longest(tokens: readonly Token[], at: number): [number, readonly E[]] | undefined {
    let node: Node<E> | undefined = this.root
    let best: [number, readonly E[]] | undefined
    for (let i = at; i < tokens.length && node; i++) {
      const token = tokens[i]!
      node = node.next.get(token.key) ?? (token.upper ? node.next.get(token.key[0] + token.key.slice(1).toLowerCase()) : undefined)
      if (node && node.entries.length > 0) best = [i + 1, node.entries]
    }
    return best
  }
}
