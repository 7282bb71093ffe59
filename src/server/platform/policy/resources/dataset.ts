import { hasAgencyRole, hasTenantRole, readsWholeTenant, type Actor } from '../actor';

export interface DatasetRecord {
  producerAgencyId: string;
  stewardAgencyId: string | null;
  classification: 'public' | 'limited' | 'confidential' | 'secret';
  publicationStatus: 'draft' | 'in_review' | 'returned' | 'published' | 'retired';
}

const agencyRoles = ['agency_operator', 'agency_head'] as const;

const isProducer = (actor: Actor, d: Pick<DatasetRecord, 'producerAgencyId'>) => hasAgencyRole(actor, d.producerAgencyId, ...agencyRoles);
const isSteward = (actor: Actor, d: Pick<DatasetRecord, 'stewardAgencyId'>) => hasAgencyRole(actor, d.stewardAgencyId, ...agencyRoles);

export const datasetPolicy = {
  // Tenant-wide roles see every record; the producer sees its own; the steward sees what has
  // been handed in to it (Perpres 39/2019 Ps 22(1) huruf c); everyone signed in sees the
  // published catalogue, since data is to be shared between agencies (Perpres 39/2019 Ps 2(2) huruf b).
  'dataset.read': (actor: Actor, d?: DatasetRecord) =>
    readsWholeTenant(actor) ||
    !d ||
    isProducer(actor, d) ||
    (isSteward(actor, d) && d.publicationStatus !== 'draft') ||
    d.publicationStatus === 'published',
  // Dumai 18/2019 Ps 11(7): "Walidata tidak punya hak dan kewenangan melakukan akses logik data
  // milik Produsen Data". Content of a non-public dataset is for its producer and the tenant's
  // super admin only; public content is for anyone who may read the record.
  'dataset.readContent': (actor: Actor, d?: DatasetRecord) =>
    !!d && (isProducer(actor, d) || hasTenantRole(actor, 'admin') || d.classification === 'public'),
  // without a record: may the person register data for some agency (the UI's question)
  'dataset.create': (actor: Actor, d?: Pick<DatasetRecord, 'producerAgencyId'>) =>
    hasTenantRole(actor, 'admin') || (d ? isProducer(actor, d) : actor.roles.some((g) => g.role === 'agency_operator' || g.role === 'agency_head')),
  // Only the producer edits its data and metadata (Perpres 39/2019 Ps 22(1) huruf b–c).
  'dataset.update': (actor: Actor, d?: DatasetRecord) => !!d && isProducer(actor, d),
  'dataset.submit': (actor: Actor, d?: DatasetRecord) => !!d && isProducer(actor, d),
  // Only the steward checks and disseminates (Perpres 39/2019 Ps 21(1) huruf a–b).
  'dataset.review': (actor: Actor, d?: DatasetRecord) => !!d && isSteward(actor, d),
  'dataset.retire': (actor: Actor, d?: DatasetRecord) =>
    !!d && (hasAgencyRole(actor, d.producerAgencyId, 'agency_head') || hasAgencyRole(actor, d.stewardAgencyId, 'agency_head')),
  'dataset.import': (actor: Actor) => hasTenantRole(actor, 'admin') || actor.roles.some((g) => g.role === 'agency_operator' || g.role === 'agency_head'),
};
