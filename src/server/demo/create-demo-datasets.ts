import type { DatasetInput } from '../../shared/datasets';
import { createDataset, updateDataset } from '../modules/datasets/service';
import { publishDataset, retireDataset, returnDataset, submitDataset } from '../modules/datasets/review-service';
import { addUrlResource, uploadResourceFile } from '../modules/datasets/resource-service';
import { formatOfMime } from '../modules/datasets/data-file-type';
import type { Upload } from '../platform/http/read-upload';
import { buildDatasetInput } from '../testing/datacatalogue-factories';
import { buildUrlResourceInput } from '../testing/dataset-resource-factories';
import { coverageOf, type DemoDataset } from './demo-dataset-spec';
import { openPeopleDatasets } from './demo-datasets-open';
import { openEconomyDatasets } from './demo-datasets-economy';
import { otherDemoDatasets } from './demo-datasets-restricted';
import type { DemoWorld } from './demo-world';

/** The whole demo catalogue, public data first. */
export const demoDatasets: readonly DemoDataset[] = [...openPeopleDatasets, ...openEconomyDatasets, ...otherDemoDatasets];

const frequencyMonths: Record<string, number> = { monthly: 1, quarterly: 3, semiannual: 6, annual: 12, biennial: 24 };
const frequencyDays: Record<string, number> = { daily: 1, weekly: 7 };

/** Perpres 39/2019 Ps 27: the next release follows the last update by the update frequency. */
function nextRelease(frequency: string | null | undefined, updatedOn: string | null): string | null {
  if (!frequency || !updatedOn) return null;
  const days = frequencyDays[frequency];
  if (days !== undefined) return addDaysTo(updatedOn, days);
  const months = frequencyMonths[frequency];
  if (months === undefined) return null;
  const next = new Date(`${updatedOn}T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + months);
  return next.toISOString().slice(0, 10);
}

const addDaysTo = (day: string, days: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

function buildInput(world: DemoWorld, spec: DemoDataset, updatedOn: string | null, uploads: readonly Upload[]): DatasetInput {
  const { metadata } = spec;
  return buildDatasetInput(world.agencyId(spec.producer), {
    format: metadata.format ?? (uploads[0] ? formatOfMime(uploads[0].mimeType) : (spec.links?.[0]?.format ?? null)),
    ...coverageOf(metadata.updateFrequency, updatedOn),
    ...metadata,
    sourceApplicationId: spec.sourceApplication ? world.applicationId(spec.sourceApplication) : null,
    lastUpdatedAt: updatedOn,
    nextReleaseAt: nextRelease(metadata.updateFrequency, updatedOn),
  });
}

/**
 * The data catalogue, walked as people would walk it: the producer agency's operator
 * registers each dataset, uploads its files and hands it in; the steward agency's operator
 * (the ICT office, the tenant's Walidata) publishes it or returns it with notes; the producer
 * revises; the producer's head retires what is replaced. Every step is a row in the review
 * history and an audit entry.
 */
export async function createDemoDatasets(world: DemoWorld) {
  const { db } = world;
  const prng = world.prng('datasets');
  const steward = world.operator('DISKOMINFO');
  const agencies = [...world.agencyNames].map(([code, name]) => ({ code, name }));
  const counts: Record<string, number> = {};
  let files = 0;
  for (const spec of demoDatasets) {
    const producer = world.operator(spec.producer);
    const updatedOn = spec.updatedDaysAgo === null ? null : world.clock.date(-spec.updatedDaysAgo);
    const uploads = spec.files && updatedOn ? await spec.files({ prng, updatedOn, agencies }) : [];
    const dataset = await createDataset(db, producer, buildInput(world, spec, updatedOn, uploads));
    for (const upload of uploads) await uploadResourceFile(db, producer, world.deps.files, dataset.id, upload);
    for (const link of spec.links ?? []) await addUrlResource(db, producer, dataset.id, buildUrlResourceInput(link));
    files += uploads.length;
    if (spec.flow === 'draft') {
      counts[spec.flow] = (counts[spec.flow] ?? 0) + 1;
      continue;
    }
    await submitDataset(db, producer, dataset.id, null);
    if (spec.flow === 'returned' || spec.flow === 'resubmitted' || spec.flow === 'republished') {
      await returnDataset(db, steward, dataset.id, spec.returnNotes ?? 'Lengkapi metadata sebelum dipublikasikan.');
      if (spec.flow !== 'returned') {
        if (spec.revision) await updateDataset(db, producer, dataset.id, spec.revision);
        await submitDataset(db, producer, dataset.id, 'Metadata telah dilengkapi sesuai catatan Walidata.');
      }
    }
    if (['published', 'republished', 'edited_after_publish', 'retired'].includes(spec.flow)) {
      await publishDataset(db, steward, dataset.id, 'Sesuai prinsip Satu Data: standar data, metadata dan interoperabilitas terpenuhi.');
    }
    if (spec.flow === 'edited_after_publish' && spec.revision) await updateDataset(db, producer, dataset.id, spec.revision);
    if (spec.flow === 'retired') await retireDataset(db, world.head(spec.producer), dataset.id, spec.retireReason ?? 'Tidak lagi diperbarui.');
    counts[spec.flow] = (counts[spec.flow] ?? 0) + 1;
  }
  return { datasets: demoDatasets.length, files, byFlow: counts };
}
