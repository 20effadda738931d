/** A WorkPool task for heavy-work.test.ts: holds its worker until the test opens the gate (Atomics on a shared buffer). */
export function waitForGate(gate: Int32Array): string {
  Atomics.wait(gate, 0, 0);
  return 'released';
}
