import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  SignJWT,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import { issuersFor } from './verify.js';

/** A person the local sign-in can issue tokens for. */
export interface DevUser {
  tenantId: string;
  userId: string;
  name: string;
}

/** Issues Entra-shaped tokens for demo users, signed by a local key pair kept under `.data/`. */
export interface DevIdentity {
  /** The public key set the verifier checks local tokens against. */
  keys: JWTVerifyGetKey;
  issueToken(user: DevUser, options?: { lifetimeSec?: number }): Promise<string>;
}

interface KeyFile {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** Local identity is for one laptop only: refused in Azure and on any non-loopback address. */
export function assertDevIdentityAllowed(host: string, runningInAzure: boolean): void {
  if (runningInAzure) throw new Error('AUTH_MODE=dev is refused when running in Azure.');
  if (!LOOPBACK.has(host)) throw new Error(`AUTH_MODE=dev needs HOST on loopback (127.0.0.1, ::1); got ${host}.`);
}

async function loadOrCreateKeys(dataDir: string): Promise<KeyFile> {
  const file = join(dataDir, 'dev-signing-key.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
  } catch {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const kid = randomUUID();
    const keys: KeyFile = {
      kid,
      privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256' },
      publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' },
    };
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
    return keys;
  }
}

export async function createDevIdentity(dataDir: string, clientId: string): Promise<DevIdentity> {
  const file = await loadOrCreateKeys(dataDir);
  const privateKey = await importJWK(file.privateJwk, 'RS256');
  return {
    keys: createLocalJWKSet({ keys: [file.publicJwk] }),
    async issueToken(user, options = {}) {
      const [v2Issuer] = issuersFor(user.tenantId);
      return new SignJWT({ tid: user.tenantId, oid: user.userId, name: user.name, scp: 'access_as_user', ver: '2.0' })
        .setProtectedHeader({ alg: 'RS256', kid: file.kid, typ: 'JWT' })
        .setIssuer(v2Issuer ?? '')
        .setAudience(clientId)
        .setSubject(user.userId)
        .setIssuedAt()
        .setNotBefore('0s')
        .setExpirationTime(`${options.lifetimeSec ?? 3600}s`)
        .sign(privateKey);
    },
  };
}
