import { AppError } from '../errors.ts';

/** Longest token accepted (ours are 43 characters); longer ones are refused before any lookup. */
export const MAX_TOKEN_LENGTH = 256;
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*$/;

/**
 * The bearer token of an Authorization header. No header: undefined (an
 * anonymous visitor). The scheme is matched case-insensitively (RFC 7235
 * §2.1). Anything else — another scheme, no token, a token that is not token68
 * or is too long — is refused with UNAUTHENTICATED rather than quietly treated
 * as anonymous, so a client with a broken header learns about it.
 */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (Array.isArray(header)) throw malformed('send one Authorization header');
  const m = /^\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)(?:[ \t]+(\S*))?\s*$/.exec(header.length > MAX_TOKEN_LENGTH + 64 ? '' : header);
  if (!m) throw malformed(header.length > MAX_TOKEN_LENGTH ? 'the token is too long' : 'expected "Bearer <token>"');
  if (m[1]!.toLowerCase() !== 'bearer') throw malformed(`the scheme ${JSON.stringify(m[1]!.slice(0, 20))} is not accepted; use "Bearer <token>"`);
  const token = m[2] ?? '';
  if (!token) throw malformed('the bearer token is missing');
  if (token.length > MAX_TOKEN_LENGTH) throw malformed('the token is too long');
  if (!TOKEN68.test(token)) throw malformed('the token has characters a bearer token cannot have');
  return token;
}

const malformed = (why: string) => new AppError('UNAUTHENTICATED', `the Authorization header is not valid: ${why}; sign in again`);
