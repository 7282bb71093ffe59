import { addRegulation } from '../modules/tenants/settings-service';
import { setLetterheadLines } from '../platform/documents/letterhead-service';
import type { RequestContext } from '../platform/context';
import type { DB } from '../platform/db/database';
import { demoCity, demoEmail } from './demo-city';

/**
 * The demo's profile is built the way an administrator records it: Dumai 18/2019 at setup,
 * then Dumai 67/2022 added as its replacement, so the profile shows the revocation (Ps 34:
 * 18/2019 "dicabut dan dinyatakan tidak berlaku") with who recorded it.
 */
export async function recordDemoRegulationReplacement(db: DB, admin: RequestContext) {
  return addRegulation(db, admin, { regulation: 'dumai-67-2022', effectiveFrom: '2022-07-01', replaces: 'dumai-18-2019' });
}

/** A letterhead on every letter the demo issues; the address is fictional, as the demo's people are. */
export async function configureDemoLetterhead(db: DB, admin: RequestContext) {
  return setLetterheadLines(db, admin, [demoCity.name.toUpperCase(), 'DINAS KOMUNIKASI DAN INFORMATIKA', 'Jl. Contoh Demo No. 1 (alamat fiktif)', demoEmail('diskominfo')]);
}
