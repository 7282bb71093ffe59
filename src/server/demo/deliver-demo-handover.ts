import type { DB } from '../platform/db/database';
import type { RequestContext } from '../platform/context';
import type { FileStore } from '../platform/files/file-store';
import { setHandoverItem, uploadHandoverFile } from '../modules/applications/handover-service';
import { t } from '../../i18n/server';
import { addDays } from './demo-dates';
import { renderDemoHandoverPdf } from './handover-pdf';

export interface DemoHandover {
  applicationId: string;
  applicationName: string;
  agencyName: string;
  /** 'paper': every required document on paper; 'pdf': the user manual as a generated PDF; 'partial': the first one only */
  mode: 'paper' | 'pdf' | 'partial';
  /** days before today the documents were handed over */
  daysAgo: number;
}

const paperNote = 'Diserahkan dalam bentuk cetak dan salinan digital, dengan berita acara serah terima (demo).';

/**
 * Records handover documents through the registry's handover service, as the owner
 * agency's operator: on paper with a date, or (when a file store is given) the user manual
 * as a small generated PDF. Returns the number of checklist items recorded.
 */
export async function deliverDemoHandover(
  db: DB,
  ctx: RequestContext,
  item: DemoHandover,
  required: readonly string[],
  env: { files?: FileStore; tenantName: string; today: string },
): Promise<number> {
  const codes = item.mode === 'partial' ? required.slice(0, 1) : required;
  let recorded = 0;
  for (const code of codes) {
    if (item.mode === 'pdf' && env.files && code === 'user_manual') {
      const title = t('id', `applications.handover.${code}`);
      const content = await renderDemoHandoverPdf({ title, applicationName: item.applicationName, agencyName: item.agencyName, tenantName: env.tenantName });
      const fileName = `${code}-${item.applicationName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.pdf`;
      await uploadHandoverFile(db, ctx, env.files, item.applicationId, code, { content, fileName, mimeType: 'application/pdf' });
    } else {
      await setHandoverItem(db, ctx, item.applicationId, code, { delivered: true, deliveredAt: addDays(env.today, -item.daysAgo), note: paperNote });
    }
    recorded++;
  }
  return recorded;
}
