import { randomUUID } from 'node:crypto';
import { SignJWT, type CryptoKey, type JWTPayload, type KeyObject } from 'jose';
import { DEV_CLIENT_ID } from '../src/config.js';
import { DEMO_TENANT } from '../src/devhost/demo.js';
import type { CreateSpaceBody, InviteMemberBody, Role } from '../src/domain/index.js';
import type { NewDocument } from '../src/store/port.js';

let sequence = 0;

/** A short id that is unique within the test run and valid as an API `Id`. */
export function uniqueId(prefix = 'id'): string {
  sequence += 1;
  return `${prefix}-${sequence}-${randomUUID().slice(0, 8)}`;
}

/** A partition of its own, so that tests sharing one store never see each other's documents. */
export function buildPk(label = 'test'): string {
  return `${label}|${randomUUID()}`;
}

/** A test document in `pk`; fields default to a small note. */
export function buildDoc(pk: string, fields: Partial<NewDocument> & Record<string, unknown> = {}): NewDocument {
  return { id: uniqueId('doc'), pk, type: 'note', title: 'A note', rank: 0, ...fields };
}

/** A valid body for POST /api/spaces. */
export function buildSpaceBody(overrides: Partial<CreateSpaceBody> = {}): CreateSpaceBody {
  return { name: `Space ${uniqueId('s')}`, ...overrides };
}

/** A valid body for POST /api/spaces/{id}/members. */
export function buildInviteBody(overrides: Partial<InviteMemberBody> = {}): InviteMemberBody {
  const userId = overrides.userId ?? uniqueId('u');
  const role: Role = overrides.role ?? 'rep';
  return { userId, name: `Person ${userId}`, role, ...overrides };
}

/** The claims of a valid v2 access token for the dev client id; override any of them. */
export function buildClaims(overrides: JWTPayload = {}): JWTPayload {
  const tid = typeof overrides.tid === 'string' ? overrides.tid : DEMO_TENANT;
  const now = Math.floor(Date.now() / 1000);
  return {
    aud: DEV_CLIENT_ID,
    iss: `https://login.microsoftonline.com/${tid}/v2.0`,
    tid,
    oid: 'u-megan',
    name: 'Megan Bowen',
    scp: 'access_as_user',
    ver: '2.0',
    iat: now,
    nbf: now,
    exp: now + 3600,
    ...overrides,
  };
}

/**
 * Signs `claims` as-is (RS256 unless `alg` says otherwise). Claims set to `undefined` are left out,
 * which is how tests build tokens that lack a claim.
 */
export async function signToken(
  key: CryptoKey | KeyObject | Uint8Array,
  claims: JWTPayload,
  header: { alg?: string; kid?: string } = {},
): Promise<string> {
  const present = Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
  return new SignJWT(present).setProtectedHeader({ alg: header.alg ?? 'RS256', typ: 'JWT', kid: header.kid }).sign(key);
}

/** An unsigned token (`alg: none`), which must never be accepted. */
export function unsignedToken(claims: JWTPayload): string {
  const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`;
}
