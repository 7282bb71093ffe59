import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2's Algorithm is an ambient const enum (unusable with isolatedModules): 2 = Argon2id
const argon2id = 2;

// argon2id with the library's defaults (m=19456 KiB, t=2, p=1), OWASP's minimum profile.
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: argon2id });
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** At least 12 characters with upper case, lower case and a digit; at most 256 to bound hashing cost. */
export function isStrongPassword(password: string): boolean {
  return (
    password.length >= 12 &&
    password.length <= 256 &&
    /[a-z]/.test(password) &&
    /[A-Z]/.test(password) &&
    /\d/.test(password)
  );
}
