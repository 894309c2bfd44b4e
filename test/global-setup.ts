// Brings dist/readouts.mjs up to date before the tests, so command-line tests run the code under test.
import {execFileSync} from 'node:child_process'

export default function setup(): void {
  execFileSync('make', ['--no-print-directory', 'dist/readouts.mjs'], {stdio: 'inherit'})
}
