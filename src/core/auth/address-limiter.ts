import { AppError } from '../errors.ts';

/**
 * Sign-in attempts per client address, in memory: a sliding-window log of at
 * most `max` timestamps per address. An attempt is refused (and not counted)
 * when `max` attempts fall inside the window. IPv6 addresses are keyed by their
 * /64 prefix, since one subscriber usually holds a whole /64. The map is
 * bounded: when it is full, the least recently seen address is forgotten.
 */
export class AddressLimiter {
  private readonly seen = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly maxTracked: number,
  ) {}

  /** Count one attempt from `address` at `nowMs`, or throw RATE_LIMITED. */
  take(address: string | undefined, nowMs: number): void {
    const key = addressKey(address);
    const log = (this.seen.get(key) ?? []).filter((t) => t > nowMs - this.windowMs);
    this.seen.delete(key);
    if (log.length >= this.max) {
      this.seen.set(key, log);
      const retryAfterSeconds = Math.max(1, Math.ceil((log[0]! + this.windowMs - nowMs) / 1000));
      throw new AppError('RATE_LIMITED', `too many sign-in attempts from your address; try again in ${retryAfterSeconds} s`, {
        scope: 'address',
        retryAfterSeconds,
      });
    }
    log.push(nowMs);
    this.seen.set(key, log);
    while (this.seen.size > this.maxTracked) {
      const oldest = this.seen.keys().next().value;
      if (oldest === undefined) break;
      this.seen.delete(oldest);
    }
  }

  /** Addresses currently tracked (for tests and metrics). */
  get size(): number {
    return this.seen.size;
  }
}

/** IPv4 as is (also when IPv4-mapped), IPv6 by its /64 prefix, anything else as is. */
export function addressKey(address: string | undefined): string {
  if (!address) return 'unknown';
  let a = address.trim().toLowerCase();
  const zone = a.indexOf('%');
  if (zone >= 0) a = a.slice(0, zone);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return mapped[1]!;
  if (!a.includes(':')) return a;
  const halves = a.split('::');
  if (halves.length > 2) return a;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return a;
  const groups = [...head, ...Array<string>(missing).fill('0'), ...tail];
  if (!groups.slice(0, 4).every((g) => /^[0-9a-f]{1,4}$/.test(g))) return a;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
