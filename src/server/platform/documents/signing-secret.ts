import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from '../config';

/** The server secret: SIGNING_SECRET, or a random one kept in DATA_DIR/signing-secret (mode 600). */
export function loadSigningSecret(config: Config): string {
  if (config.SIGNING_SECRET) return config.SIGNING_SECRET;
  const dir = resolve(config.DATA_DIR);
  const file = join(dir, 'signing-secret');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  return readFileSync(file, 'utf8').trim();
}

/** The passphrase of one tenant key's PKCS#12, derived so that it is never stored. */
export function keyPassphrase(secret: string, tenantId: string, keyId: string): string {
  return createHmac('sha256', secret).update(`${tenantId}:${keyId}`).digest('base64url');
}
