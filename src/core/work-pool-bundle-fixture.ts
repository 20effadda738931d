/** A task for work-pool-bundle.test.ts: where the worker found this code (a bundle is a data: module). */
export function stackOfTask(): string {
  return new Error('here').stack ?? '';
}
