import type { ApplicationInput } from '../../shared/applications';
import type { SubdomainInput } from '../../shared/domains';
import { authorize } from '../platform/policy/can';
import { createMailbox, listDomains, retireMailbox } from '../modules/domains/service';
import { createSubdomainInTx, retireSubdomain } from '../modules/domains/subdomain-service';
import { buildMailboxInput, buildSubdomainInput } from '../testing/domain-factories';
import type { DemoApplication } from './application-spec';
import { demoCity } from './demo-city';
import type { DemoWorld } from './demo-world';

export interface RegisteredApplication {
  spec: DemoApplication;
  id: string;
  input: ApplicationInput;
}

// Dumai 18/2019 Ps 15(4): subdomains serve agency websites, products and regional services
const regionalServices = new Set(['ppdb', 'adminduk', 'izin', 'antrean-rsud', 'psc119', 'layananasn', 'penelitian', 'ak1', 'bursakerja', 'ekir']);
const products = new Set(['pasarumkm', 'pustakadigital', 'event']);

function usageOf(spec: DemoApplication, label: string): SubdomainInput['usage'] {
  if (spec.name.startsWith('Website ') || label === 'www') return 'agency_website';
  if (regionalServices.has(label) || label.startsWith('paten-')) return 'regional_service';
  if (products.has(label)) return 'product';
  return 'spbe_application';
}

/**
 * Where the name points, by hosting: the agencies' websites are on the ICT office's common
 * website platform (a CNAME to it), the data centre's servers have addresses from the
 * documentation range 203.0.113.0/24, agency servers from 198.51.100.0/24 (RFC 5737: never
 * routed), and cloud hosting a name under example.net.
 */
function targetOf(spec: DemoApplication, input: ApplicationInput, label: string, n: number): string {
  if (spec.name.startsWith('Website ') && spec.operator === 'DISKOMINFO') return `web.${demoCity.domain}`;
  if (input.hosting === 'third_party_cloud') return `${label}.cloud-provider.example.net`;
  if (input.hosting === 'agency_server') return `198.51.100.${10 + (n % 200)}`;
  return `203.0.113.${10 + (n % 200)}`;
}

/** Functional mailboxes beside the agencies' own (Palu 14/2022 Ps 11(2) huruf a: email dinas). */
const functionalMailboxes = [
  { localPart: 'helpdesk', agency: 'DISKOMINFO', holderName: 'Helpdesk Layanan TIK' },
  { localPart: 'csirt', agency: 'DISKOMINFO', holderName: 'Tim Tanggap Insiden Siber Kota Dumai' },
  { localPart: 'ppid', agency: 'DISKOMINFO', holderName: 'PPID Utama Kota Dumai' },
  { localPart: 'satudata', agency: 'DISKOMINFO', holderName: 'Sekretariat Satu Data Kota Dumai' },
  { localPart: 'lpse', agency: 'SETDA-PBJ', holderName: 'Layanan Pengadaan Secara Elektronik' },
  { localPart: 'humas', agency: 'SETDA-PROKOPIM', holderName: 'Hubungan Masyarakat Sekretariat Daerah' },
  { localPart: 'jdih', agency: 'SETDA-HUKUM', holderName: 'Pengelola JDIH Kota Dumai' },
];

/**
 * The domain registry as the ICT office keeps it (Palu 14/2022 Ps 18(3)): the city domain,
 * a subdomain for every application and website registered under it, retired with the
 * application it served, and the agencies' official mailboxes. Subdomains that agencies
 * ask for come through the subdomain requests (demo-requests.ts).
 */
export async function createDemoDomains(world: DemoWorld, applications: readonly RegisteredApplication[]) {
  const { db, admin } = world;
  authorize(admin.actor, 'domain.manage');
  const suffix = `.${demoCity.domain}`;
  const withName = applications.filter((a) => a.input.subdomain?.endsWith(suffix));
  const registered = await db.transaction(async (tx) => {
    const rows: { id: string; label: string; app: RegisteredApplication }[] = [];
    const taken = new Set<string>();
    for (const [n, app] of withName.entries()) {
      const label = app.input.subdomain!.slice(0, -suffix.length);
      if (taken.has(label)) continue;
      taken.add(label);
      const input = buildSubdomainInput(app.input.ownerAgencyId, {
        name: label,
        applicationId: app.id,
        usage: usageOf(app.spec, label),
        description: app.spec.name,
        target: targetOf(app.spec, app.input, label, n),
      });
      rows.push({ id: (await createSubdomainInTx(tx, admin, input)).id, label, app });
    }
    return rows;
  });
  // a retired application's name is released, with the reason (Jambi 10/2017 Ps 10(3): the registry stays true)
  for (const { id, app } of registered.filter((r) => r.app.spec.retiredReason)) {
    await retireSubdomain(db, admin, id, `Aplikasi ${app.spec.name} dinonaktifkan: ${app.spec.retiredReason}`);
  }

  const domain = (await listDomains(db, admin)).find((d) => d.name === demoCity.domain);
  if (!domain) throw new Error('the city domain was not registered');
  const agencyMailboxes = [...world.agencyMailboxes].map(([code, localPart]) => ({ localPart, agency: code, holderName: null as string | null }));
  let mailboxes = 0;
  for (const m of [...agencyMailboxes, ...functionalMailboxes]) {
    await createMailbox(db, admin, buildMailboxInput(domain.id, world.agencyId(m.agency), { localPart: m.localPart, holderName: m.holderName }));
    mailboxes++;
  }
  // the complaint mailbox of the retired Lapor Dumai application, kept in the registry as retired
  const complaints = await createMailbox(db, admin, buildMailboxInput(domain.id, world.agencyId('DISKOMINFO'), { localPart: 'pengaduan', holderName: 'Pengelola Lapor Dumai' }));
  await retireMailbox(db, admin, complaints.id, 'Pengaduan masyarakat dialihkan ke SP4N-LAPOR!; alamat ini tidak lagi dipantau.');
  return { subdomains: registered.length, retiredSubdomains: registered.filter((r) => r.app.spec.retiredReason).length, mailboxes: mailboxes + 1 };
}
