/** Progress goes to stderr: stdout carries only the bench's one JSON object. */
export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
