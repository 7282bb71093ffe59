import { randomInt } from 'node:crypto';
import { isStrongPassword } from '../modules/people/passwords';

// no 0/O, 1/l/I: the password is read off a terminal and typed in
const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/**
 * One random password for every demo account, generated on each run and printed once:
 * the code and the docs hold no default password. Four groups of five characters.
 */
export function generateDemoPassword(): string {
  for (;;) {
    const groups = Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => alphabet[randomInt(alphabet.length)]).join(''));
    const password = groups.join('-');
    if (isStrongPassword(password)) return password;
  }
}
