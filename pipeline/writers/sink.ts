/** Where encoded bytes go: a file in the staging folder (io.ts implements it), or memory in tests. */

/** Size and SHA-256 of what a sink received. */
export interface Digest {
  bytes: number
  sha256: string
}

/** A destination for encoded bytes, written in order; close() says what was written, abort() gives up. */
export interface ByteSink {
  write(chunk: Uint8Array | string): Promise<void>
  close(): Promise<Digest>
  /** Releases the destination after a failure; later writes are ignored. */
  abort(): Promise<void>
}
