/**
 * One error class for the whole platform, with a stable code that clients can
 * switch on and one table from code to HTTP status. Expected business outcomes
 * (e.g. "stall already held") are thrown as AppError with a 4xx code; anything
 * else that escapes is a bug and becomes a logged, generic 500.
 */
import { ZodError } from 'zod';

export const ERROR_STATUS = {
  VALIDATION: 400,
  BAD_ADDRESS: 400,
  BAD_USCC: 400,
  BAD_SPREADSHEET: 400,
  /** An OR-Library BR (thpack) file for the load planner that does not follow the format. */
  BAD_BR_FILE: 400,
  /** The observations do not define the index (no overlap, missing quantity, zero expenditure, …); details.problem says which. */
  INDEX_UNDEFINED: 400,
  /** A file named on the command line cannot be read or written (CLI only; missing, a directory, no permission). */
  FILE_ACCESS: 400,
  /** Text with a NUL character, invalid UTF-8 or an unsupported charset. */
  BAD_TEXT: 400,
  IMPORT_REJECTED: 422,
  /** Market procurement (1039): a party, payment or goods that do not qualify; details.reason is a stable reason code (details.reasons lists every one). */
  NOT_QUALIFIED: 422,
  /** A purchase list that cannot be checked out yet; details.shortfalls says what is missing where. */
  LIST_NOT_READY: 422,
  /** Export declarations: one carton of a lot is worth more than one declaration may carry (USD 150,000); details.issues names each lot. */
  CARTON_OVER_CAP: 422,
  UNAUTHENTICATED: 401,
  BAD_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STALL_HELD: 409,
  DUPLICATE: 409,
  /** The PGlite data directory is held by another process (one writer per directory). */
  DATA_DIR_IN_USE: 409,
  /** Too little stock for an order; details.short lists each product, what was wanted and what is left. */
  OUT_OF_STOCK: 409,
  /** An order cannot move to that state from where it is, or not by this role; details.allowed lists what can. */
  ILLEGAL_TRANSITION: 409,
  /** An Idempotency-Key reused with a different request. */
  IDEMPOTENCY_MISMATCH: 409,
  PAYLOAD_TOO_LARGE: 413,
  /** A spreadsheet over one of the upload limits (rows, columns, cells, inflated size, time). */
  SHEET_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA: 415,
  /** Too many attempts (sign-in) from this address or for this account; details.retryAfterSeconds says when to retry. */
  RATE_LIMITED: 429,
  INTERNAL: 500,
  /** Heavy work queue is full; details.retryAfterSeconds says when to retry. */
  BUSY: 503,
  /** The search index is being built after a first start (details: done, total, etaSeconds, retryAfterSeconds). */
  INDEX_BUILDING: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
  /** Seconds after which a retry may succeed (RATE_LIMITED, BUSY): sent as Retry-After. */
  get retryAfterSeconds(): number | undefined {
    const d = this.details as { retryAfterSeconds?: unknown } | undefined;
    return typeof d?.retryAfterSeconds === 'number' ? d.retryAfterSeconds : undefined;
  }
}

export const notFound = (what: string, id: unknown): AppError => new AppError('NOT_FOUND', `${what} ${String(id)} does not exist`);

export const forbidden = (message: string): AppError => new AppError('FORBIDDEN', message);

export const invalid = (message: string, details?: unknown): AppError => new AppError('VALIDATION', message, details);

/** Postgres SQLSTATEs that are the caller's fault, mapped to our codes. */
export function fromDatabaseError(err: unknown): AppError | undefined {
  const e = err as { code?: string; constraint?: string; detail?: string; message?: string };
  switch (e?.code) {
    case '23505':
      return new AppError('DUPLICATE', `already exists (${e.constraint ?? 'unique key'})`, { constraint: e.constraint });
    case '23P01':
      return new AppError('CONFLICT', `conflicts with an existing record (${e.constraint ?? 'exclusion'})`, { constraint: e.constraint });
    case '23503':
      return new AppError('VALIDATION', `refers to a record that does not exist (${e.constraint ?? 'foreign key'})`, { constraint: e.constraint });
    case '23514':
      return new AppError('VALIDATION', `violates a rule (${e.constraint ?? 'check'})`, { constraint: e.constraint });
    case '23502':
      return new AppError('VALIDATION', `a required value is missing (${(e as { column?: string }).column ?? 'not null'})`, {
        column: (e as { column?: string }).column,
      });
    case '22021': // character_not_in_repertoire: a NUL byte or invalid UTF-8 in text
    case '22P05': // untranslatable_character: \u0000 in jsonb, or a character the encoding lacks
      return new AppError('BAD_TEXT', 'a text contains a NUL character or bytes that are not valid UTF-8; remove them and send UTF-8 text');
    case '22001':
      return new AppError('VALIDATION', 'a text is longer than its field allows');
    case '54000': // program_limit_exceeded, e.g. a value too large for an index row
      return new AppError('VALIDATION', 'a value is too large to store; shorten it');
    case '2201B':
      return new AppError('VALIDATION', 'a pattern is not a valid regular expression');
    case '22019':
    case '22025':
      return new AppError('VALIDATION', 'a search pattern has an invalid escape (\\)');
    case '22P02':
    case '22003':
    case '22007':
    case '22008':
    case '22023':
      return new AppError('VALIDATION', 'a value has the wrong format or is out of range');
    // 22012 (division by zero) is not mapped: our SQL must never divide by a caller's zero, so it is a bug (500, logged).
    default:
      return undefined;
  }
}

/** A ZodError as VALIDATION: "<path>: <message>" of the first issue (`what` when the path is empty), every issue in details. */
export function fromZodError(err: ZodError, what = 'input'): AppError {
  const path = (p: readonly PropertyKey[]) => p.map(String).join('.');
  // a bad record key or set element carries the reason in its nested issues ("Invalid key in record: contains a NUL")
  const text = (i: ZodError['issues'][number]) => {
    const inner = 'issues' in i && Array.isArray(i.issues) ? (i.issues[0] as { message?: string } | undefined)?.message : undefined;
    return inner ? `${i.message}: ${inner}` : i.message;
  };
  const first = err.issues[0];
  return new AppError('VALIDATION', first ? `${path(first.path) || what}: ${text(first)}` : `${what}: invalid`, {
    issues: err.issues.slice(0, 50).map((i) => ({ path: path(i.path), message: text(i) })),
  });
}

/**
 * The one translation of a thrown value into an expected failure, shared by every
 * adapter (the HTTP error handler, the CLI's `run`): an AppError as it is, a
 * ZodError as VALIDATION, a database error by its SQLSTATE (fromDatabaseError).
 * `undefined` means a bug: the adapter logs it (HTTP 500) or prints it (CLI, exit 1).
 */
export function toAppError(e: unknown): AppError | undefined {
  if (e instanceof AppError) return e;
  if (e instanceof ZodError) return fromZodError(e);
  return fromDatabaseError(e);
}
