import { DatasetReviewQueueGate } from './review-queue-gate';
import type { WebModule } from '../module-types';
import { DatasetDetailPage } from './dataset-detail-page';
import { DatasetCreatePage, DatasetEditPage } from './dataset-form-pages';
import { DatasetListPage } from './dataset-list-page';

export const datasetsModule: WebModule = {
  routes: [
    { path: 'datasets', element: <DatasetListPage /> },
    { path: 'datasets/review', element: <DatasetListPage queue="review" /> },
    { path: 'datasets/new', element: <DatasetCreatePage /> },
    { path: 'datasets/:id', element: <DatasetDetailPage /> },
    { path: 'datasets/:id/edit', element: <DatasetEditPage /> },
  ],
  nav: [
    { labelKey: 'datasets.nav', path: '/datasets', permission: 'dataset.read' },
    { labelKey: 'datasets.nav.reviewQueue', path: '/datasets/review', permission: 'dataset.read', gate: DatasetReviewQueueGate },
  ],
};
