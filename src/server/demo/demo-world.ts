import type { DB } from '../platform/db/database';
import type { AppDeps, RequestContext } from '../platform/context';
import type { DemoClock } from './demo-clock';
import { demoEmail } from './demo-city';
import { createPrng, type Prng } from './prng';

/**
 * What every part of the demo loader needs: the database and the file store, the day the
 * dates count from, and the people to act as. Each part writes through the modules' own
 * services, as the person who would do it, so permissions, validation and the audit trail
 * are the ones a user meets.
 */
export interface DemoWorld {
  db: DB;
  deps: Pick<AppDeps, 'config' | 'files'>;
  tenantId: string;
  tenantName: string;
  clock: DemoClock;
  admin: RequestContext;
  /** agency code → id */
  agencyIds: ReadonlyMap<string, string>;
  /** agency code → name */
  agencyNames: ReadonlyMap<string, string>;
  /** agency code → the local part of its mailbox */
  agencyMailboxes: ReadonlyMap<string, string>;
  /** application name → id */
  applicationIds: ReadonlyMap<string, string>;
  agencyId(code: string): string;
  applicationId(name: string): string;
  operator(agency: string): RequestContext;
  head(agency: string): RequestContext;
  /** a tenant-wide account by its mailbox: sekda, perencana.bappeda, auditor.inspektorat, pemantau.spbe */
  person(mailbox: string): RequestContext;
  /** a PRNG of its own for each part, so a new part never shifts what the others generate */
  prng(part: string): Prng;
}

export function buildDemoWorld(
  input: Pick<DemoWorld, 'db' | 'deps' | 'tenantId' | 'tenantName' | 'clock' | 'admin' | 'agencyIds' | 'applicationIds'> & {
    seed: number;
    agencies: readonly { code: string; name: string; mailbox: string }[];
    contexts: ReadonlyMap<string, RequestContext>;
  },
): DemoWorld {
  const mailboxes = new Map(input.agencies.map((a) => [a.code, a.mailbox]));
  const account = (email: string) => {
    const ctx = input.contexts.get(email);
    if (!ctx) throw new Error(`the demo has no account ${email}`);
    return ctx;
  };
  const agencyMailbox = (code: string) => {
    const mailbox = mailboxes.get(code);
    if (!mailbox) throw new Error(`the demo has no agency ${code}`);
    return mailbox;
  };
  return {
    ...input,
    agencyNames: new Map(input.agencies.map((a) => [a.code, a.name])),
    agencyMailboxes: mailboxes,
    agencyId(code) {
      const id = input.agencyIds.get(code);
      if (!id) throw new Error(`the demo has no agency ${code}`);
      return id;
    },
    applicationId(name) {
      const id = input.applicationIds.get(name);
      if (!id) throw new Error(`the demo catalogue has no application ${name}`);
      return id;
    },
    operator: (code) => account(demoEmail(`operator.${agencyMailbox(code)}`)),
    // the Sekretaris Daerah heads the Sekretariat Daerah (demo-people.ts)
    head: (code) => account(demoEmail(code === 'SETDA' ? 'sekda' : `kepala.${agencyMailbox(code)}`)),
    person: (mailbox) => account(demoEmail(mailbox)),
    prng: (part) => createPrng(input.seed + [...part].reduce((sum, c) => (sum * 31 + c.charCodeAt(0)) >>> 0, 0)),
  };
}
